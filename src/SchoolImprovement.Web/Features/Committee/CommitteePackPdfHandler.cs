using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>A pack drawn as a PDF, with the name to send it under.</summary>
public sealed record PackPdfFile(byte[] Content, string FileName);

/// <summary>
/// The pack as a PDF (<see cref="IPackPdfRenderer"/>). A published version is drawn from its stored snapshot, with its
/// edition and hash, and every download is added to the trust's audit trail (who took a copy of which version) in the
/// same request, before the file is sent; the live draft (builders only) is drawn from the data now, as "Draft, not for
/// circulation".
/// </summary>
public sealed class CommitteePackPdfHandler(PortalDbContext db, CommitteeDraftQueries drafts, IPackPdfRenderer renderer, TrustContext trust, TimeProvider clock)
{
    public async Task<PackPdfFile?> PublishedAsync(Guid packId, CancellationToken ct)
    {
        var pack = await db.CommitteePacks.AsNoTracking().Where(p => p.Id == packId)
            .Join(db.CommitteeMeetings, p => p.MeetingId, m => m.Id, (p, m) => new { m.MeetingOn, p.Number, p.PublishedAt, p.ContentJson, p.ContentHash, p.CorrectionReason })
            .SingleOrDefaultAsync(ct);
        if (pack is null)
        {
            return null;
        }

        var pdf = renderer.Render(PackSnapshot.Deserialize(pack.ContentJson), new PackEdition(PackFormat.Edition(pack.Number, pack.PublishedAt), pack.ContentHash, pack.CorrectionReason));
        var fileName = PackFormat.FileName(pack.MeetingOn, pack.Number);
        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal)
        {
            ["File"] = [null, fileName],
            ["Hash"] = [null, pack.ContentHash],
            ["Version"] = [null, pack.Number],
        };
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), trust.UserId, trust.ActorName, nameof(CommitteePack), packId.ToString(), AuditAction.Downloaded, JsonSerializer.Serialize(changes)));
        await db.SaveChangesAsync(ct);
        return new PackPdfFile(pdf, fileName);
    }

    public async Task<PackPdfFile?> DraftAsync(Guid meetingId, CancellationToken ct)
    {
        var meetingOn = await db.CommitteeMeetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.MeetingOn).SingleOrDefaultAsync(ct);
        if (meetingOn is not { } on)
        {
            return null;
        }

        var content = await drafts.BuildAsync(on, ct);
        return new PackPdfFile(renderer.Render(content, new PackEdition(PackFormat.DraftLabel, null, null)), PackFormat.FileName(on, null));
    }
}
