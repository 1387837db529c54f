using SchoolImprovement.Domain.Returns;

namespace SchoolImprovement.Web.Features.WebsiteChecks;

/// <summary>How website checks read on the pages.</summary>
public static class WebsiteCheckText
{
    public static string Outcome(ModerationOutcome outcome) => outcome switch
    {
        ModerationOutcome.Moderated => "Moderated",
        ModerationOutcome.ChangesNeeded => "Changes needed",
        _ => outcome.ToString(),
    };

    public static string Result(WebsiteItemResult result) => result switch
    {
        WebsiteItemResult.Present => "Present",
        WebsiteItemResult.Missing => "Missing",
        WebsiteItemResult.NotApplicable => "Not applicable",
        _ => result.ToString(),
    };

    public static string State(WebsiteCheckState state) => state switch
    {
        WebsiteCheckState.Due => "Check due",
        WebsiteCheckState.Moderated => "Moderated",
        WebsiteCheckState.ChangesNeeded => "Changes needed",
        _ => state.ToString(),
    };
}
