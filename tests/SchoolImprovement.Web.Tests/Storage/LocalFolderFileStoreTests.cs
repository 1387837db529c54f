using System.Text;
using SchoolImprovement.Infrastructure.Storage;

namespace SchoolImprovement.Web.Tests.Storage;

/// <summary>
/// The local-folder store: a file appears whole under its key or not at all (temporary name, then a
/// rename), a failed write leaves nothing behind, a key cannot leave the folder, and two instances
/// pointing at the same folder see the same files.
/// </summary>
public sealed class LocalFolderFileStoreTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "portal-tests-files", Guid.NewGuid().ToString("N"));

    private string Folder => Path.Combine(_parent, "store");

    private LocalFolderFileStore Store() => new(new StorageOptions { Folder = Folder });

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    private string[] FilesLeft() => Directory.Exists(_parent) ? Directory.GetFiles(_parent, "*", SearchOption.AllDirectories) : [];

    /// <summary>Gives <paramref name="before"/> bytes, then fails as a dropped upload does.</summary>
    private sealed class FailingHalfway(int before) : Stream
    {
        private int _given;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_given >= before)
            {
                throw new IOException("The client went away mid-upload.");
            }

            var n = Math.Min(count, before - _given);
            Array.Fill(buffer, (byte)'x', offset, n);
            _given += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _given; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_saved_file_reads_back_whole_from_another_instance_on_the_same_folder_and_is_deleted()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('r', 300_000));
        await Store().SaveAsync("trust-a/file-1", new MemoryStream(bytes), CancellationToken.None);

        var other = Store();
        Assert.True(await other.ExistsAsync("trust-a/file-1", CancellationToken.None));
        await using (var read = await other.OpenReadAsync("trust-a/file-1", CancellationToken.None))
        using (var copy = new MemoryStream())
        {
            await read!.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        Assert.Equal([Path.Combine(Folder, "trust-a", "file-1")], FilesLeft());
        await other.DeleteAsync("trust-a/file-1", CancellationToken.None);
        Assert.False(await Store().ExistsAsync("trust-a/file-1", CancellationToken.None));
        Assert.Null(await Store().OpenReadAsync("trust-a/file-1", CancellationToken.None));
        Assert.Empty(FilesLeft());
    }

    [Fact]
    public async Task A_stream_that_fails_halfway_leaves_no_file_under_the_final_name_and_no_temporary_file()
    {
        var store = Store();

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync("trust-a/half", new FailingHalfway(200_000), CancellationToken.None));

        Assert.False(await store.ExistsAsync("trust-a/half", CancellationToken.None));
        Assert.Empty(FilesLeft());
    }

    [Fact]
    public async Task A_cancelled_save_leaves_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store().SaveAsync("trust-a/cancelled", new MemoryStream(new byte[100_000]), cancelled.Token));

        Assert.Empty(FilesLeft());
    }

    [Fact]
    public async Task A_key_already_used_is_refused_and_the_first_file_is_kept()
    {
        var store = Store();
        await store.SaveAsync("trust-a/once", new MemoryStream("first"u8.ToArray()), CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync("trust-a/once", new MemoryStream("second"u8.ToArray()), CancellationToken.None));

        Assert.Equal("first", await File.ReadAllTextAsync(Path.Combine(Folder, "trust-a", "once")));
        Assert.Single(FilesLeft());
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("trust-a/../../outside")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("trust-a/./file")]
    [InlineData("trust-a\\..\\..\\outside")]
    [InlineData("trust-a//file")]
    [InlineData("Trust-A/File")]
    [InlineData("%2e%2e/outside")]
    [InlineData("")]
    public async Task Keys_that_could_leave_the_folder_or_are_not_keys_are_refused(string key)
    {
        var store = Store();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(key, new MemoryStream("x"u8.ToArray()), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync(key, CancellationToken.None));
        Assert.Empty(FilesLeft());
    }
}
