using CsCheck;
using OpenHire.Analysis.Resumes.Extraction;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

/// <summary>Random and mutated bytes must end in a status, never an exception.</summary>
public sealed class ExtractorFuzzTests
{
    private static readonly byte[] ValidPdf = TestDocuments.SimplePdf("Jane Roe", "jane@example.org", "Experience", "Acme Corp 2019 - 2023");
    private static readonly byte[] ValidDocx = TestDocuments.Docx(["Jane Roe", "Experience", "Acme Corp 2019 - 2023"]);

    private static void AssertWellFormed(ExtractionResult result)
    {
        Assert.True(Enum.IsDefined(result.Status));
        if (result.Status == ExtractionStatus.Ok) Assert.Contains(result.Text, c => char.IsLetterOrDigit(c));
        else Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    /// <summary>A copy of <paramref name="original"/> with a few bytes overwritten and possibly cut short.</summary>
    private static Gen<byte[]> Mutations(byte[] original) =>
        Gen.Select(Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte).Array[1, 12], Gen.Int[original.Length / 2, original.Length],
            (edits, length) =>
            {
                var copy = original[..length];
                foreach (var (position, value) in edits)
                    if (position < copy.Length) copy[position] = value;
                return copy;
            });

    [Fact]
    public void Random_bytes_under_any_name() =>
        Gen.Select(Gen.Byte.Array[0, 3000], Gen.OneOf("cv.pdf", "cv.docx", "cv.txt", "cv.md", "cv.html", "cv"))
            .Sample((bytes, name) => AssertWellFormed(ResumeTextExtractor.Extract(bytes, name)), iter: 300);

    [Fact]
    public void Random_bytes_behind_real_magic_numbers() =>
        Gen.Select(Gen.OneOf<byte[]>("%PDF-1.7\n"u8.ToArray(), "PK\u0003\u0004word/"u8.ToArray(), "{\\rtf1"u8.ToArray()), Gen.Byte.Array[0, 2000])
            .Sample((magic, tail) => AssertWellFormed(ResumeTextExtractor.Extract([.. magic, .. tail], "cv")), iter: 300);

    [Fact]
    public void Mutated_pdfs() =>
        Mutations(ValidPdf).Sample(bytes => AssertWellFormed(ResumeTextExtractor.Extract(bytes, "cv.pdf")), iter: 150);

    [Fact]
    public void Mutated_docx_files() =>
        Mutations(ValidDocx).Sample(bytes => AssertWellFormed(ResumeTextExtractor.Extract(bytes, "cv.docx")), iter: 150);
}
