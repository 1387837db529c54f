using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Actions;

/// <summary>
/// The DDAT demo trust's tracker holds real actions, not the policy sentences its workflows carry out
/// ("The Deputy CEO recommends the school…", "A RAB or ILTC is formed…", "Spotlight Project…"): those are
/// seeded as concern, board and Spotlight records instead.
/// </summary>
public sealed class DemoTrackerActionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_ddat_demo_tracker_has_no_workflow_sentences_but_keeps_the_other_standard_responses()
    {
        var ddat = await factory.TrustIdAsync("Derby");

        var titles = await factory.InTrustAsync(ddat, db => db.Actions.Select(a => a.Title).ToListAsync());

        Assert.DoesNotContain(titles, PolicyTemplates.DdatWorkflowResponses.Contains);
        Assert.Contains("The linked SSIO increases visits proportionate to need.", titles);
    }
}
