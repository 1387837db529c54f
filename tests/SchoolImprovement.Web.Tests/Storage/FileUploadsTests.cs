using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Storage;

/// <summary>
/// Keeping an uploaded file: bytes first, then the register row. A store that fails mid-write (the
/// file store is the true external here, Moq'd) leaves nothing registered and asks the store to remove
/// what it may hold; a registration the database refuses removes the stored file. On SQLite and on
/// PostgreSQL (the classes at the end of this file).
/// </summary>
public abstract class FileUploadsTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>, IDisposable
    where TPortal : class, IPortalFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests-files", Guid.NewGuid().ToString("N"));

    private PortalFactory Portal => fixture.Portal;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="work"/> as <paramref name="uploaderEmail"/> acting in <paramref name="trustPrefix"/>'s trust, with <paramref name="store"/>.</summary>
    private async Task<T> AsAsync<T>(string trustPrefix, string uploaderEmail, IFileStore store, Func<FileUploads, PortalDbContext, Task<T>> work)
    {
        var trustId = await Portal.TrustIdAsync(trustPrefix);
        var uploader = await Portal.UserIdAsync(uploaderEmail);
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trustId, uploader, uploaderEmail);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await work(new FileUploads(db, store, scope.ServiceProvider.GetRequiredService<TrustContext>(), Portal.Clock, NullLogger<FileUploads>.Instance), db);
    }

    private Task<int> RegisteredAsync(string name) =>
        Portal.WithoutTrustAsync(db => db.StoredFiles.IgnoreQueryFilters().CountAsync(f => f.OriginalName == name));

    private static string OfficerOf(string domain) => DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain);

    [SkippableFact]
    public async Task A_file_is_stored_and_registered_with_its_size_hash_uploader_and_a_key_of_its_own()
    {
        var bytes = RandomNumberGenerator.GetBytes(150_000);
        var store = new LocalFolderFileStore(new StorageOptions { Folder = _folder });

        var file = await AsAsync(Browsing.DdatTrust, OfficerOf(Browsing.Ddat), store, (uploads, _) =>
            uploads.SaveAsync(new MemoryStream(bytes), "C:\\Users\\me\\ofsted-return.pdf", "application/pdf", CancellationToken.None));

        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var row = await Portal.InTrustAsync(ddat, db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == file.Id));
        Assert.Equal((150_000L, Convert.ToHexStringLower(SHA256.HashData(bytes)), "application/pdf", await Portal.UserIdAsync(OfficerOf(Browsing.Ddat))),
            (row.Size, row.Sha256, row.ContentType, row.UploadedBy));
        Assert.Equal($"{ddat:N}/{file.Id:N}", row.StorageKey);
        Assert.DoesNotContain("..", row.StorageKey, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(store.PathOf(row.StorageKey)));
        Assert.Equal(0, await Portal.InTrustAsync(await Portal.TrustIdAsync(Browsing.VineTrust), db => db.StoredFiles.CountAsync(f => f.Id == file.Id)));
    }

    [SkippableFact]
    public async Task A_store_that_fails_mid_write_leaves_nothing_registered_and_is_asked_to_remove_what_it_holds()
    {
        const string name = "fails-mid-write.pdf";
        string? savedKey = null;
        var store = new Mock<IFileStore>();
        store.Setup(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .Returns(async (string key, Stream content, CancellationToken ct) =>
            {
                savedKey = key;
                var half = new byte[50_000];
                await content.ReadExactlyAsync(half, ct);
                throw new IOException("The disk went away mid-write.");
            });

        await Assert.ThrowsAsync<IOException>(() => AsAsync(Browsing.DdatTrust, OfficerOf(Browsing.Ddat), store.Object, (uploads, _) =>
            uploads.SaveAsync(new MemoryStream(new byte[100_000]), name, "application/pdf", CancellationToken.None)));

        Assert.Equal(0, await RegisteredAsync(name));
        Assert.NotNull(savedKey);
        store.Verify(s => s.DeleteAsync(savedKey, It.IsAny<CancellationToken>()), Times.Once);
    }

    [SkippableFact]
    public async Task A_registration_the_database_refuses_removes_the_stored_file()
    {
        const string name = "refused-registration.pdf";
        var store = new LocalFolderFileStore(new StorageOptions { Folder = _folder });

        // An uploader of another trust: the composite key (TrustId, UploadedBy) refuses the row after the bytes were stored.
        await Assert.ThrowsAsync<DbUpdateException>(() => AsAsync(Browsing.DdatTrust, OfficerOf(Browsing.Vine), store, (uploads, _) =>
            uploads.SaveAsync(new MemoryStream(new byte[10_000]), name, "application/pdf", CancellationToken.None)));

        Assert.Equal(0, await RegisteredAsync(name));
        Assert.Empty(Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*", SearchOption.AllDirectories) : []);
    }
}

public sealed class SqliteFileUploadsTests(SqlitePortal fixture) : FileUploadsTests<SqlitePortal>(fixture);

public sealed class PostgresFileUploadsTests(PostgresPortal fixture) : FileUploadsTests<PostgresPortal>(fixture);
