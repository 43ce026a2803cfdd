using System.Text;
using OpenHire.Analysis.Resumes.Extraction;
using Xunit;

namespace OpenHire.Analysis.Tests.Resumes;

public sealed class ResumeTextExtractorTests
{
    [Fact]
    public void Reads_pdf_text_and_link_targets()
    {
        var pdf = TestDocuments.SimplePdf("Jane Roe", "jane.roe@example.org", "Experience");
        var result = ResumeTextExtractor.Extract(pdf, "resume.pdf");
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal(ResumeFileFormat.Pdf, result.Format);
        Assert.Contains("Jane Roe", result.Text);
        Assert.Contains("jane.roe@example.org", result.Text);
    }

    [Fact]
    public void Reads_a_two_column_pdf_one_column_after_the_other()
    {
        var left = Enumerable.Range(0, 6).Select(i => (50.0, 700.0 - 14 * i, $"Left column line {i}")).ToList();
        var right = Enumerable.Range(0, 6).Select(i => (330.0, 700.0 - 14 * i, $"Right column line {i}")).ToList();
        var result = ResumeTextExtractor.Extract(TestDocuments.Pdf(left.Concat(right).ToList()), "two-columns.pdf");

        var lastLeft = result.Text.IndexOf("Left column line 5", StringComparison.Ordinal);
        var firstRight = result.Text.IndexOf("Right column line 0", StringComparison.Ordinal);
        Assert.True(lastLeft >= 0 && firstRight >= 0, result.Text);
        Assert.True(lastLeft < firstRight, $"columns interleaved:\n{result.Text}");
    }

    [Fact]
    public void Reads_columns_whose_lines_do_not_share_baselines_one_after_the_other()
    {
        // A sidebar set tighter than the main column: no two lines share a baseline, so only the gutter tells them apart.
        var side = Enumerable.Range(0, 12).Select(i => (40.0, 760.0 - 11 * i, $"Sidebar item {i}")).ToList();
        var main = Enumerable.Range(0, 8).Select(i => (220.0, 765.0 - 17 * i, $"Main column sentence number {i} goes on")).ToList();
        var result = ResumeTextExtractor.Extract(TestDocuments.Pdf(side.Concat(main).ToList()), "sidebar.pdf");

        var lastSide = result.Text.IndexOf("Sidebar item 11", StringComparison.Ordinal);
        var firstMain = result.Text.IndexOf("Main column sentence number 0", StringComparison.Ordinal);
        var lastMain = result.Text.IndexOf("Main column sentence number 7", StringComparison.Ordinal);
        var firstSide = result.Text.IndexOf("Sidebar item 0", StringComparison.Ordinal);
        Assert.True(lastSide >= 0 && firstMain >= 0, result.Text);
        Assert.True(lastSide < firstMain || lastMain < firstSide, $"columns interleaved:\n{result.Text}");
    }

    [Fact]
    public void Reads_a_one_column_pdf_in_rows_with_a_blank_line_between_paragraphs()
    {
        var lines = new List<(double, double, string)>
        {
            (50, 780, "Jane Roe"), (50, 766, "Austin, TX | jane.roe@example.org"),
            (50, 730, "EXPERIENCE"), (50, 716, "Senior Engineer, Acme Corp, 2019 - Present"),
            (50, 702, "Built the billing service in Go and PostgreSQL."),
        };
        var result = ResumeTextExtractor.Extract(TestDocuments.Pdf(lines), "resume.pdf");

        Assert.Equal("Jane Roe\nAustin, TX | jane.roe@example.org\n\nEXPERIENCE\nSenior Engineer, Acme Corp, 2019 - Present\n"
            + "Built the billing service in Go and PostgreSQL.\n\n", result.Text);
    }

    [Fact]
    public void Caps_the_pages_of_a_huge_pdf_and_says_so()
    {
        var pages = Enumerable.Range(1, 500).Select(n => (IReadOnlyList<(double, double, string)>)[(50.0, 700.0, $"Page number {n}")]).ToArray();
        var result = ResumeTextExtractor.Extract(TestDocuments.Pdf(pages), "long.pdf");

        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Contains("Page number 1", result.Text);
        Assert.DoesNotContain($"Page number {ExtractionLimits.Default.MaxPdfPages + 1}\n", result.Text);
        Assert.Contains("of 500 pages", result.Reason);
    }

    [Fact]
    public void Reports_a_scanned_pdf_as_needing_ocr()
    {
        var result = ResumeTextExtractor.Extract(TestDocuments.ImageOnlyPdf(), "scan.pdf");
        Assert.Equal(ExtractionStatus.NoText, result.Status);
        Assert.Contains("OCR", result.Reason);
    }

    [Fact]
    public void Reports_a_password_protected_pdf()
    {
        // An /Encrypt entry in the trailer is what marks a PDF as encrypted.
        var pdf = Encoding.Latin1.GetString(TestDocuments.SimplePdf("Secret"));
        var encrypted = pdf.Replace("trailer\n<<", "trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) /U (bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb) /P -4 >>", StringComparison.Ordinal);
        Assert.NotEqual(pdf, encrypted);

        var result = ResumeTextExtractor.Extract(Encoding.Latin1.GetBytes(encrypted), "locked.pdf");
        Assert.Equal(ExtractionStatus.Encrypted, result.Status);
        Assert.Contains("password", result.Reason);
    }

    [Fact]
    public void Reports_a_truncated_pdf_as_corrupt_or_empty()
    {
        var pdf = TestDocuments.SimplePdf("Jane Roe", "Experience", "Acme Corp");
        var result = ResumeTextExtractor.Extract(pdf.AsSpan(0, pdf.Length / 3), "cut.pdf");
        Assert.NotEqual(ExtractionStatus.Ok, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void Reads_docx_paragraphs_and_table_rows_and_ignores_hidden_text()
    {
        var docx = TestDocuments.Docx(["Jane Roe", "Senior Engineer"], ("Acme Corp", "2019 - 2023"), hiddenText: "Kubernetes Kubernetes Kubernetes");
        var result = ResumeTextExtractor.Extract(docx, "resume.docx");

        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal(ResumeFileFormat.Docx, result.Format);
        Assert.Contains("Jane Roe\nSenior Engineer\n", result.Text);
        Assert.Contains("Acme Corp\t2019 - 2023", result.Text);
        Assert.DoesNotContain("Kubernetes", result.Text);
        Assert.Contains("hidden text", result.Reason);
    }

    [Fact]
    public void Refuses_a_zip_bomb_disguised_as_docx()
    {
        var result = ResumeTextExtractor.Extract(TestDocuments.ZipBomb(120 * 1024 * 1024), "bomb.docx");
        Assert.Equal(ExtractionStatus.TooLarge, result.Status);
    }

    [Fact]
    public void Refuses_a_docx_with_too_many_entries()
    {
        var entries = Enumerable.Range(0, 1500).Select(i => ($"word/media/{i}.xml", new byte[] { 1 }));
        var result = ResumeTextExtractor.Extract(TestDocuments.Zip(entries), "many.docx");
        Assert.Equal(ExtractionStatus.TooLarge, result.Status);
    }

    [Fact]
    public void Reports_a_damaged_docx_as_corrupt()
    {
        var broken = TestDocuments.Zip([("word/document.xml", "<not-xml"u8.ToArray())]);
        Assert.Equal(ExtractionStatus.Corrupt, ResumeTextExtractor.Extract(broken, "broken.docx").Status);
    }

    [Theory]
    [InlineData("{\\rtf1\\ansi Jane Roe}", "resume.rtf")]
    [InlineData("{\\rtf1\\ansi Jane Roe}", "resume.pdf")]
    public void Refuses_rtf_whatever_its_name(string content, string fileName)
    {
        var result = ResumeTextExtractor.Extract(Encoding.ASCII.GetBytes(content), fileName);
        Assert.Equal(ExtractionStatus.Unsupported, result.Status);
        Assert.Contains("PDF or DOCX", result.Reason);
    }

    [Fact]
    public void Refuses_legacy_word_documents()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var result = ResumeTextExtractor.Extract(ole, "resume.doc");
        Assert.Equal(ExtractionStatus.Unsupported, result.Status);
        Assert.Contains("PDF or DOCX", result.Reason);
    }

    [Fact]
    public void Reports_an_image_as_needing_ocr_even_when_named_pdf()
    {
        var result = ResumeTextExtractor.Extract(TestDocuments.OnePixelPng, "resume.pdf");
        Assert.Equal(ExtractionStatus.NoText, result.Status);
        Assert.Contains("OCR", result.Reason);
    }

    [Fact]
    public void Refuses_files_over_the_size_limit_from_a_stream()
    {
        var limits = new ExtractionLimits { MaxFileBytes = 1000 };
        using var stream = new MemoryStream(new byte[5000]);
        Assert.Equal(ExtractionStatus.TooLarge, ResumeTextExtractor.Extract(stream, "big.txt", limits).Status);
    }

    [Fact]
    public void Reads_markdown_without_its_markup()
    {
        var markdown = "# Jane Roe\n**Acme Corp**  \n*Engineer | 2020 – Present*\n- Built [the site](https://example.org)\n---\n";
        var result = ResumeTextExtractor.Extract(Encoding.UTF8.GetBytes(markdown), "cv.md");
        Assert.Equal(ResumeFileFormat.Markdown, result.Format);
        Assert.Equal("Jane Roe\nAcme Corp\nEngineer | 2020 – Present\n- Built the site https://example.org\n\n", result.Text);
    }

    [Fact]
    public void Reads_html_as_lines_without_scripts()
    {
        var html = "<html><head><style>p{}</style></head><body><h1>Jane Roe</h1><p>Engineer &amp; writer</p><script>alert(1)</script></body></html>";
        var result = ResumeTextExtractor.Extract(Encoding.UTF8.GetBytes(html), "cv.html");
        Assert.Equal(ResumeFileFormat.Html, result.Format);
        var lines = result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Jane Roe", "Engineer & writer"], lines);
    }

    [Fact]
    public void Reads_latin1_text_files()
    {
        var result = ResumeTextExtractor.Extract(Encoding.Latin1.GetBytes("José Núñez\nIngeniero"), "cv.txt");
        Assert.Equal("José Núñez\nIngeniero", result.Text);
    }

    [Fact]
    public void Reports_an_empty_file() =>
        Assert.Equal(ExtractionStatus.NoText, ResumeTextExtractor.Extract([], "empty.pdf").Status);
}
