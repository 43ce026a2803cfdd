using System.IO.Compression;
using System.Text;

namespace OpenHire.Features.Applications;

/// <summary>Kinds of document a candidate may upload, told apart by their bytes, not their names.</summary>
public enum DocumentKind { Pdf, Docx, Text }

/// <summary>The verdict on one uploaded file: its kind, or why it is refused.</summary>
public sealed record DocumentCheck(DocumentKind? Kind, int Status, string? Problem)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public bool Accepted => Kind is not null;

    public string ContentType => Kind switch
    {
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/plain; charset=utf-8",
    };

    public string Extension => Kind switch { DocumentKind.Pdf => ".pdf", DocumentKind.Docx => ".docx", _ => ".txt" };

    /// <summary>Checks size, extension and content: a program renamed .pdf is refused with 415.</summary>
    public static DocumentCheck Inspect(IFormFile file, string label)
    {
        if (file.Length == 0) return Refuse(StatusCodes.Status422UnprocessableEntity, $"The {label} file is empty.");
        if (file.Length > MaxBytes) return Refuse(StatusCodes.Status413PayloadTooLarge, $"The {label} is {file.Length / 1024 / 1024.0:0.#} MB; the limit is 10 MB.");
        var claimed = Path.GetExtension(file.FileName).ToLowerInvariant() switch
        {
            ".pdf" => DocumentKind.Pdf,
            ".docx" => DocumentKind.Docx,
            ".txt" => DocumentKind.Text,
            _ => (DocumentKind?)null,
        };
        if (claimed is null)
            return Refuse(StatusCodes.Status415UnsupportedMediaType, $"The {label} must be a PDF, DOCX or TXT file; \"{Path.GetExtension(file.FileName)}\" is not accepted.");
        using var stream = file.OpenReadStream();
        var actual = Sniff(stream);
        return actual == claimed
            ? new DocumentCheck(actual, StatusCodes.Status200OK, null)
            : Refuse(StatusCodes.Status415UnsupportedMediaType, $"The {label} is named {Path.GetExtension(file.FileName)} but its content is not a valid {claimed.Value.ToString().ToUpperInvariant()} file.");
    }

    static DocumentCheck Refuse(int status, string problem) => new(null, status, problem);

    static DocumentKind? Sniff(Stream stream)
    {
        Span<byte> head = stackalloc byte[1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        stream.Position = 0;
        if (head.IndexOf("%PDF-"u8) is >= 0) return DocumentKind.Pdf;
        if (head.StartsWith("PK\u0003\u0004"u8)) return IsWordDocument(stream) ? DocumentKind.Docx : null;
        return IsText(stream) ? DocumentKind.Text : null;
    }

    /// <summary>A DOCX is a zip with a main document part; only the directory is read, nothing is unpacked.</summary>
    static bool IsWordDocument(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Count <= 10_000 && zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Text is valid UTF-8 without control bytes other than white space.</summary>
    static bool IsText(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        try
        {
            var buffer = new char[8192];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
                foreach (var c in buffer.AsSpan(0, n))
                    if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) return false;
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
