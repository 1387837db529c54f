namespace SchoolImprovement.Infrastructure.Storage;

/// <summary>
/// Where uploaded files' bytes live, by key ("{trust}/{file id}", made by <see cref="FileUploads"/>,
/// never from user input). The database registers what is stored (<see cref="StoredFile"/>); the
/// store only keeps bytes. Implementations: <see cref="LocalFolderFileStore"/> (a folder, shared by
/// every instance). Mocked in tests as the true external it is.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>; the file appears whole or not at all. A key already used is refused (<see cref="IOException"/>).</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The stored bytes for reading, or null when nothing is stored under <paramref name="key"/>.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; nothing happens when there is none.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);
}
