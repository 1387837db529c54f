using System.Buffers.Binary;
using System.IO.Compression;

namespace SchoolImprovement.Web.Uploads;

/// <summary>
/// A DOCX or XLSX is a ZIP package; this refuses one that could harm whoever opens it or the server reading it:
/// <list type="number">
/// <item>More entries than <see cref="UploadOptions.MaxZipEntries"/>, counted from the central directory before
/// <see cref="ZipArchive"/> reads it (a directory of hundreds of thousands of entries is refused unread).</item>
/// <item>More than <see cref="UploadOptions.MaxUncompressedBytes"/> in all, <b>counted while inflating</b> each entry
/// from its local header to the end of its deflate stream, never from the sizes the headers declare. This is done here,
/// not through <see cref="ZipArchiveEntry.Open"/>, because .NET stops an entry at its declared size: a zip bomb whose
/// headers claim 1 KB would read as 1 KB, and be accepted, while Word or Excel inflates it whole. An entry whose
/// inflated length differs from its declared size is refused too, as tampered (a lying header).</item>
/// <item>Macros: an entry named vbaProject.bin (or vbaProjectSignature.bin, vbaData.xml), or content types that declare
/// <c>macroEnabled</c> or a VBA project.</item>
/// <item>The package must open with <see cref="ZipArchive"/> and hold [Content_Types].xml and its main part:
/// word/document.xml for DOCX, xl/workbook.xml for XLSX (so a DOCX renamed .xlsx is refused, and named).</item>
/// </list>
/// ZIP64, split archives, encrypted entries and compression other than deflate or stored are refused: Word and Excel do
/// not write them for files within the size limit.
/// </summary>
internal static class OfficePackageCheck
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const int EndOfCentralDirectoryLength = 22;

    private static readonly string[] MacroParts = ["vbaProject.bin", "vbaProjectSignature.bin", "vbaData.xml"];

    public static string? Refusal(byte[] bytes, DocumentKind kind, UploadOptions options, CancellationToken ct)
    {
        var damaged = $"The file could not be opened as {kind.Description}: it is damaged, or it is not a real .{kind.Extension} file. Save it again from Word or Excel and upload it again.";
        var entries = CentralDirectory(bytes, options.MaxZipEntries, out var tooMany);
        if (tooMany)
        {
            return $"The file holds more than {options.MaxZipEntries:N0} parts, far more than {kind.Description} should. It may be damaged or built to overload the server, so it was not accepted.";
        }

        if (entries is null)
        {
            return damaged;
        }

        var inflated = InflatedSizes(bytes, entries, options.MaxUncompressedBytes, ct);
        switch (inflated)
        {
            case Inflation.TooLarge:
                return $"The file unpacks to more than {UploadOptions.Describe(options.MaxUncompressedBytes)}, far more than {kind.Description} should (a \"zip bomb\"). It was not accepted.";
            case Inflation.SizesLie:
                return $"The sizes recorded inside the file do not match its contents: it is damaged or has been tampered with, so it was not accepted. Save it again from Word or Excel and upload it again.";
            case Inflation.Unreadable:
                return damaged;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Count != entries.Count)
            {
                return damaged;
            }

            if (names.Any(n => MacroParts.Any(m => string.Equals(Path.GetFileName(n), m, StringComparison.OrdinalIgnoreCase))))
            {
                return Macros(kind);
            }

            var contentTypes = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase));
            if (contentTypes is null)
            {
                return damaged;
            }

            // Its size is now known to be true (above), and within the limit.
            using (var reader = new StreamReader(contentTypes.Open()))
            {
                var declared = reader.ReadToEnd();
                if (declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || declared.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
                {
                    return Macros(kind);
                }
            }

            bool Has(string part) => names.Any(n => string.Equals(n, part, StringComparison.OrdinalIgnoreCase));
            var isWord = Has("word/document.xml");
            var isExcel = Has("xl/workbook.xml");
            if (kind == DocumentKinds.Docx && !isWord)
            {
                return isExcel
                    ? "The file is an Excel workbook whose name ends in .docx. Give it its real extension, .xlsx, and upload it again."
                    : $"The file is not a Word document: it has no document body (word/document.xml). Save it again from Word and upload it again.";
            }

            if (kind == DocumentKinds.Xlsx && !isExcel)
            {
                return isWord
                    ? "The file is a Word document whose name ends in .xlsx. Give it its real extension, .docx, and upload it again."
                    : $"The file is not an Excel workbook: it has no workbook part (xl/workbook.xml). Save it again from Excel and upload it again.";
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return damaged;
        }
    }

    private static string Macros(DocumentKind kind) =>
        $"The file contains macros (program code), which are not accepted. Save it as a .{kind.Extension} without macros and upload it again.";

    private sealed record Entry(string Name, ushort Flags, ushort Method, uint CompressedSize, uint UncompressedSize, uint LocalHeaderOffset);

    private enum Inflation { Fits, TooLarge, SizesLie, Unreadable }

    /// <summary>
    /// The central directory's entries, read by hand (ZipArchive does not give the local header offsets); null when it is
    /// malformed, ZIP64 or split. <paramref name="tooMany"/> once more than <paramref name="maxEntries"/> are found,
    /// whatever the end record claims.
    /// </summary>
    private static List<Entry>? CentralDirectory(byte[] bytes, int maxEntries, out bool tooMany)
    {
        tooMany = false;
        var end = -1;
        for (var at = bytes.Length - EndOfCentralDirectoryLength; at >= Math.Max(0, bytes.Length - EndOfCentralDirectoryLength - ushort.MaxValue); at--)
        {
            if (U32(bytes, at) == EndOfCentralDirectorySignature)
            {
                end = at;
                break;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var disk = U16(bytes, end + 4);
        var directoryDisk = U16(bytes, end + 6);
        var declaredCount = U16(bytes, end + 10);
        var directorySize = U32(bytes, end + 12);
        var directoryOffset = U32(bytes, end + 16);
        if (disk != 0 || directoryDisk != 0 || declaredCount == ushort.MaxValue || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue)
        {
            return null;
        }

        if (declaredCount > maxEntries)
        {
            tooMany = true;
            return null;
        }

        var entries = new List<Entry>();
        long position = directoryOffset;
        while (position + 46 <= end && U32(bytes, (int)position) == CentralHeaderSignature)
        {
            if (entries.Count == maxEntries)
            {
                tooMany = true;
                return null;
            }

            var p = (int)position;
            var nameLength = U16(bytes, p + 28);
            var extraLength = U16(bytes, p + 30);
            var commentLength = U16(bytes, p + 32);
            if (p + 46 + nameLength > end)
            {
                return null;
            }

            entries.Add(new Entry(System.Text.Encoding.UTF8.GetString(bytes, p + 46, nameLength), U16(bytes, p + 8), U16(bytes, p + 10),
                U32(bytes, p + 20), U32(bytes, p + 24), U32(bytes, p + 42)));
            position += 46L + nameLength + extraLength + commentLength;
        }

        return entries.Count == declaredCount ? entries : null;
    }

    private static Inflation InflatedSizes(byte[] bytes, List<Entry> entries, long maxTotal, CancellationToken ct)
    {
        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in entries)
        {
            ct.ThrowIfCancellationRequested();
            var local = (long)entry.LocalHeaderOffset;
            if (local + 30 > bytes.Length || U32(bytes, (int)local) != LocalHeaderSignature)
            {
                return Inflation.Unreadable;
            }

            var p = (int)local;
            var dataStart = local + 30 + U16(bytes, p + 26) + U16(bytes, p + 28);
            var localMethod = U16(bytes, p + 8);
            if ((entry.Flags & 1) != 0 || localMethod != entry.Method || dataStart > bytes.Length)
            {
                return Inflation.Unreadable;
            }

            long length;
            switch (entry.Method)
            {
                case 0:
                    // Stored: the bytes are there as they are; more than the file holds is a lie.
                    length = entry.CompressedSize;
                    if (dataStart + length > bytes.Length || entry.CompressedSize != entry.UncompressedSize)
                    {
                        return Inflation.SizesLie;
                    }

                    total += length;
                    break;
                case 8:
                    length = 0;
                    try
                    {
                        using var inflating = new DeflateStream(new MemoryStream(bytes, (int)dataStart, bytes.Length - (int)dataStart, writable: false), CompressionMode.Decompress);
                        int read;
                        while ((read = inflating.Read(buffer)) > 0)
                        {
                            length += read;
                            total += read;
                            if (total > maxTotal)
                            {
                                return Inflation.TooLarge;
                            }
                        }
                    }
                    catch (InvalidDataException)
                    {
                        return Inflation.Unreadable;
                    }

                    break;
                default:
                    return Inflation.Unreadable;
            }

            if (total > maxTotal)
            {
                return Inflation.TooLarge;
            }

            // Without a data descriptor (flag bit 3) the local header states the sizes too; both must be true.
            var localDeclared = U32(bytes, p + 22);
            if (length != entry.UncompressedSize || ((entry.Flags & 8) == 0 && localDeclared != entry.UncompressedSize))
            {
                return Inflation.SizesLie;
            }
        }

        return Inflation.Fits;
    }

    private static ushort U16(byte[] bytes, int at) => at + 2 <= bytes.Length && at >= 0 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at)) : (ushort)0;

    private static uint U32(byte[] bytes, int at) => at + 4 <= bytes.Length && at >= 0 ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) : 0;
}
