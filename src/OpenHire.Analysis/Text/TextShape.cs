namespace OpenHire.Analysis.Text;

/// <summary>How a short line is written, for telling titles and headings from sentences.</summary>
internal static class TextShape
{
    /// <summary>Every word longer than three letters starts with a capital ("What We Look For", "About the job").</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start > 3 && !char.IsUpper(text[start]))
                {
                    return false;
                }

                start = -1;
            }
        }

        return true;
    }
}
