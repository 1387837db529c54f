using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Policy;

/// <summary>
/// The trust's policy profile as the page shows it: what applies to every trust (labels, categories, evidence, returns), then
/// each capability with its settings (<see cref="CapabilityRow"/>); <see cref="CanEdit"/> for the trust administrator.
/// </summary>
public sealed record PolicyPage(
    PolicyLabels Labels,
    IReadOnlyList<CategoryDefinition> Categories,
    IReadOnlyList<string> RequiredEvidence,
    int? SefSipUpdatesPerTerm,
    int? HeadteacherAppraisalMonths,
    IReadOnlyList<ReturnRequirementRow> Returns,
    IReadOnlyList<CapabilityRow> Capabilities,
    bool CanEdit);

/// <summary>A document schools return: in which terms, due how many days after each starts.</summary>
public sealed record ReturnRequirementRow(string Document, string Terms, int DueDaysAfterTermStart);

/// <summary>The edit page: the user's form, and after a conflict the values someone else saved (<see cref="Current"/>).</summary>
public sealed record PolicyEditPage(PolicyForm Form, PolicyForm? Current);

/// <summary>Reads and revises the trust's policy profile, detecting edits that crossed.</summary>
public sealed class PolicyProfileHandler(PortalDbContext db, PermissionsReader permissions)
{
    public async Task<PolicyPage?> PageAsync(CancellationToken cancellationToken)
    {
        var profile = await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return profile is null
            ? null
            : new PolicyPage(
                profile.Labels,
                profile.Categories,
                [.. profile.RequiredEvidence.Select(EvidenceSources.Label)],
                profile.Cycles.SefSipUpdatesPerTerm,
                profile.Cycles.HeadteacherAppraisalMonths,
                [.. profile.ReturnRequirements.Select(r => new ReturnRequirementRow(r.Document.Label(), string.Join(", ", r.Terms), r.DueDaysAfterTermStart))],
                CapabilitySettings.Rows(profile.Content),
                (await permissions.CurrentAsync()).ManageTrust);
    }

    /// <summary>
    /// The edit page: <paramref name="kept"/> (the user's input) or the profile's values with an
    /// empty category row to add one; with <paramref name="showCurrent"/>, the saved values beside it.
    /// </summary>
    public async Task<PolicyEditPage?> EditPageAsync(PolicyForm? kept, bool showCurrent, CancellationToken cancellationToken)
    {
        var profile = await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var form = kept;
        if (form is null)
        {
            form = PolicyForm.From(profile);
            form.Categories.Add(new CategoryForm());
        }

        return new PolicyEditPage(form, showCurrent ? PolicyForm.From(profile) : null);
    }

    public async Task<CommandResult> SaveAsync(PolicyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var content = form.ToContent();
        if (content.Problems() is { Count: > 0 } problems)
        {
            return CommandResult.Refuse(problems);
        }

        var profile = await db.PolicyProfiles.SingleOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return CommandResult.Missing;
        }

        db.ExpectVersion(profile, form.Version);
        return await db.SaveCommandAsync(
            () =>
            {
                profile.Revise(content);
                return profile.Id;
            },
            cancellationToken);
    }
}
