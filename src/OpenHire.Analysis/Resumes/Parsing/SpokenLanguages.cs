namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Names of spoken languages, for the languages section and "Fluent in Spanish" phrases.</summary>
internal static class SpokenLanguages
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Polish", "Russian", "Ukrainian",
        "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Greek", "Turkish", "Arabic", "Hebrew", "Persian",
        "Farsi", "Hindi", "Urdu", "Bengali", "Punjabi", "Tamil", "Telugu", "Marathi", "Gujarati", "Kannada",
        "Malayalam", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Vietnamese", "Thai", "Indonesian",
        "Malay", "Tagalog", "Filipino", "Swahili", "Amharic", "Yoruba", "Hausa", "Zulu", "Afrikaans", "Swedish",
        "Norwegian", "Danish", "Finnish", "Icelandic", "Estonian", "Latvian", "Lithuanian", "Serbian", "Croatian",
        "Bosnian", "Slovenian", "Albanian", "Catalan", "Basque", "Galician", "Irish", "Welsh", "Latin", "Nepali",
        "Sinhala", "Burmese", "Khmer", "Lao", "Mongolian", "Kazakh", "Uzbek", "Armenian", "Georgian", "Azerbaijani",
        "Somali", "Berber", "Sign Language", "ASL",
    };

    public static bool IsLanguage(string word) => Names.Contains(word.Trim());

    /// <summary>Language names in a line: "English (native)", "Fluent in Spanish", "Polish, German".</summary>
    public static IEnumerable<string> FindIn(string line) =>
        line.Split([' ', ',', ';', '(', ')', '/', '|', '-', ':', '•'], StringSplitOptions.RemoveEmptyEntries)
            .Where(IsLanguage)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
}
