using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace OpenHire.Features.Demo;

/// <summary>Typesets a demo candidate's resume lines as a one- or two-page PDF, the way candidates send them.</summary>
public static class DemoResume
{
    const double Left = 56, Top = 790, Bottom = 56, LineHeight = 15;
    const int WrapAt = 95;

    public static byte[] Pdf(IReadOnlyList<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.Letter);
        var y = Top;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var isName = i == 0;
            var isHeading = !isName && line.Length > 0 && line == line.ToUpperInvariant() && line.Any(char.IsLetter);
            foreach (var (part, indent) in Wrap(line))
            {
                if (y < Bottom)
                {
                    page = builder.AddPage(PageSize.Letter);
                    y = Top;
                }
                if (part.Length > 0) page.AddText(part, isName ? 16 : 10.5, new PdfPoint(Left + indent, y), isName || isHeading ? bold : regular);
                y -= isName ? LineHeight + 6 : LineHeight;
            }
        }
        return builder.Build();
    }

    /// <summary>Long lines break at a space; their continuation is indented under the bullet's text.</summary>
    static IEnumerable<(string Text, double Indent)> Wrap(string line)
    {
        var indent = 0.0;
        while (line.Length > WrapAt)
        {
            var cut = line.LastIndexOf(' ', WrapAt);
            if (cut <= 0) cut = WrapAt;
            yield return (line[..cut], indent);
            line = line[cut..].TrimStart();
            indent = 9;
        }
        yield return (line, indent);
    }
}
