using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Infrastructure.Storage;

/// <summary>
/// An uploaded file the trust owns: what the person uploaded (name, type, size, SHA-256), where its
/// bytes are (<see cref="StorageKey"/> in the <see cref="IFileStore"/>), and who uploaded it when.
/// Registered by <see cref="FileUploads"/> only after the bytes are stored. The name is shown, never
/// used as a path; the uploader is a person of the same trust (composite key, TrustUserReferences).
/// </summary>
public sealed class StoredFile : ITrustOwned
{
    public const int OriginalNameLength = 255;
    public const int ContentTypeLength = 127;
    public const int StorageKeyLength = 200;
    public const int Sha256Length = 64;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public string OriginalName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>Lower-case hexadecimal.</summary>
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public Guid UploadedBy { get; private set; }
    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime UploadedAt { get; private set; }

    private StoredFile() { }

    internal StoredFile(Guid id, string originalName, string contentType, long size, string sha256, string storageKey, Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = id;
        OriginalName = originalName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StorageKey = storageKey;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt.UtcDateTime;
    }
}
