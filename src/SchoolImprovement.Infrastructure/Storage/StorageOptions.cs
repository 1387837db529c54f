namespace SchoolImprovement.Infrastructure.Storage;

/// <summary>Section <c>Storage</c>: where uploaded files are kept (docs/operations.md, "File storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// The folder that holds uploaded files (relative paths resolve against the working directory).
    /// Outside wwwroot, never served directly. With several instances every instance must point at the
    /// same shared folder (an NFS or SMB mount), or a file saved by one is missing on the other.
    /// </summary>
    public string Folder { get; set; } = "data/files";
}
