using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Storage;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo SEF and SIP versions for any list of schools over any number of academic years up to today: past terms
/// reviewed (some after changes requested and a second version answering them), SIPs moderated in turn, and the
/// current term mixed (awaiting review, changes requested, reviewed, nothing yet). Each version has a small
/// generated file (a one-page PDF for the SEF, a DOCX for the SIP) stored through the <see cref="IFileStore"/>
/// under a key like <see cref="FileUploads"/> makes. Adds to <paramref name="db"/>; the caller saves.
/// </summary>
public static class DemoReturns
{
    public const string PdfType = "application/pdf";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static async Task AddForAsync(
        PortalDbContext db, IFileStore store, Guid trustId, IReadOnlyList<School> schools, IReadOnlyList<ReturnRequirement> requirements,
        int years, Guid headteacher, Guid officer, Guid directorOfLearning, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var current = AcademicYear.Containing(today);
        for (var index = 0; index < schools.Count; index++)
        {
            var school = schools[index];
            for (var year = current.StartYear - years + 1; year <= current.StartYear; year++)
            {
                var academicYear = new AcademicYear(year);
                foreach (var requirement in requirements)
                {
                    foreach (var term in requirement.Terms)
                    {
                        var start = ReturnSchedule.TermStart(academicYear, term);
                        var uploadedOn = start.AddDays(10 + (index % 10));
                        var at = new DateTimeOffset(uploadedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                        if (at > now)
                        {
                            continue;
                        }

                        var isCurrentTerm = today < ReturnSchedule.TermStart(academicYear, term).AddMonths(term == Term.Autumn ? 4 : 3);
                        var pattern = (index + (int)term + (int)requirement.Document) % 4;
                        if (isCurrentTerm && pattern == 3)
                        {
                            continue; // nothing uploaded yet: due or overdue
                        }

                        async Task<ReturnVersion> AddAsync(int number, DateTimeOffset when, string? note)
                        {
                            var file = await StoreAsync(store, trustId, school.Name, requirement.Document, academicYear, term, number, headteacher, when, db, ct);
                            var version = new ReturnVersion(school.Id, requirement.Document, academicYear, term, number, file.Id, headteacher, when, note);
                            db.ReturnVersions.Add(version);
                            return version;
                        }

                        var first = await AddAsync(1, at, null);
                        var reviewAt = at.AddDays(5);
                        var askChanges = pattern == 1 || (!isCurrentTerm && index % 3 == 1);
                        if ((isCurrentTerm && pattern == 0) || reviewAt > now)
                        {
                            continue; // awaiting review
                        }

                        if (askChanges)
                        {
                            first.RecordReview(ReviewOutcome.ChangesRequested, "Please make the priorities measurable and add the latest attendance figures.", officer, reviewAt);
                            var answerAt = reviewAt.AddDays(4);
                            if (answerAt > now)
                            {
                                continue;
                            }

                            var second = await AddAsync(2, answerAt, "Priorities now have measurable success criteria; attendance figures added.");
                            if (isCurrentTerm || answerAt.AddDays(3) > now)
                            {
                                continue; // the answer awaits review
                            }

                            first = second;
                            reviewAt = answerAt.AddDays(3);
                        }

                        first.RecordReview(ReviewOutcome.Reviewed, "Clear and well evidenced.", officer, reviewAt);
                        if (requirement.Document == ReturnDocument.Sip && (!isCurrentTerm || index % 2 == 0) && reviewAt.AddDays(2) <= now)
                        {
                            first.Moderate(ModerationOutcome.Moderated, null, directorOfLearning, reviewAt.AddDays(2));
                        }
                    }
                }
            }
        }
    }

    private static async Task<StoredFile> StoreAsync(
        IFileStore store, Guid trustId, string schoolName, ReturnDocument document, AcademicYear year, Term term, int number, Guid uploader, DateTimeOffset at,
        PortalDbContext db, CancellationToken ct)
    {
        var title = $"{schoolName}: {document.Label()}, {term} term {year}, version {number}";
        var (bytes, name, type) = document == ReturnDocument.Sef
            ? (Pdf(title), $"SEF {term} {year.StartYear} v{number}.pdf", PdfType)
            : (Docx(title), $"SIP {term} {year.StartYear} v{number}.docx", DocxType);
        var id = Guid.CreateVersion7(at);
        var key = $"{trustId:N}/{id:N}";
        using (var content = new MemoryStream(bytes))
        {
            await store.SaveAsync(key, content, ct);
        }

        var file = new StoredFile(id, name, type, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), key, uploader, at);
        db.Add(file);
        return file;
    }

    /// <summary>A minimal valid one-page PDF (catalog, pages, page, Helvetica, one line of text) with a correct cross-reference table.</summary>
    public static byte[] Pdf(string line)
    {
        var text = new string([.. (line ?? "").Where(c => c is >= ' ' and <= '~')]).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var stream = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A minimal valid Word document: [Content_Types].xml, _rels/.rels and word/document.xml with one paragraph.</summary>
    public static byte[] Docx(string line)
    {
        var escaped = System.Security.SecurityElement.Escape(line ?? "");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Add("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                "</Types>");
            Add("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
                "</Relationships>");
            Add("word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                $"<w:body><w:p><w:r><w:t>{escaped}</w:t></w:r></w:p></w:body></w:document>");
        }

        return buffer.ToArray();
    }
}
