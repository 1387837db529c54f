using System.Text.RegularExpressions;

namespace SchoolImprovement.Infrastructure.Storage;

/// <summary>
/// Files in a folder (<see cref="StorageOptions.Folder"/>). A save writes to a temporary name in the
/// same folder as the final file, flushes it to disk and then renames it into place: a rename within
/// one file system is atomic, so a reader (on this instance or another sharing the folder) sees the
/// whole file or none, and a failure mid-write leaves no file under the final name (the temporary file
/// is removed). Keys are checked before any path is made: only lower-case letters, digits, '-', '_',
/// '.' and '/' between segments, no "." or ".." segment, and the full path must stay inside the folder,
/// so a key can never reach outside it (path traversal).
/// </summary>
public sealed partial class LocalFolderFileStore(StorageOptions options) : IFileStore
{
    /// <summary>The suffix of files being written; a crash can leave one behind, never a final file.</summary>
    public const string TemporarySuffix = ".partial";

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Folder));

    public string Root => _root;

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            // Never over an existing file: keys are made once, so one already there is a mistake, not an update.
            File.Move(temporary, path, overwrite: false);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(key)));

    /// <summary>The full path for <paramref name="key"/>; <see cref="ArgumentException"/> for a key that is malformed or would leave the folder.</summary>
    public string PathOf(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200 || !KeyPattern().IsMatch(key) || key.Split('/').Any(s => s is "." or ".."))
        {
            throw new ArgumentException($"\"{key}\" is not a storage key.", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{key}\" is outside the storage folder.", nameof(key));
        }

        return path;
    }

    [GeneratedRegex(@"^[a-z0-9_.-]+(/[a-z0-9_.-]+)*$")]
    private static partial Regex KeyPattern();
}
