namespace SchoolImprovement.Web.Common;

/// <summary>What the route's id names, and so how the school is found (<see cref="SchoolScopeAttribute"/>).</summary>
public enum ScopeFrom
{
    /// <summary>The id is the school's.</summary>
    School,

    /// <summary>The id is an action's; the school is the action's.</summary>
    Action,

    /// <summary>The id is a categorisation's; the school is its. Proposals and returns stay with the trust-wide team.</summary>
    Categorisation,

    /// <summary>The id is a returned document's version; the school is the version's.</summary>
    ReturnVersion,

    /// <summary>The id is a concern case's; the school is its. Cases (grounds, evidence) stay with the trust-wide team.</summary>
    ConcernCase,

    /// <summary>The id is an external support request's; the school is its. Requests stay with the trust-wide team.</summary>
    ExternalSupportRequest,

    /// <summary>The id is a board's (RAB, ILTC, trust improvement board); the school is the board's.</summary>
    Board,

    /// <summary>The id is a Spotlight project's; the school is the project's.</summary>
    SpotlightProject,

    /// <summary>The id is a board meeting's; the school and board are the meeting's.</summary>
    BoardMeeting,

    /// <summary>The id is a board's recommendation to the committee; the school and board are the recommendation's.</summary>
    BoardRecommendation,

    /// <summary>The id is a chair's urgent decision; the school and board are the decision's.</summary>
    UrgentDecision,

    /// <summary>The id is an improvement visit's; the school is the visit's.</summary>
    Visit,

    /// <summary>The id is a day allocation's (Vine §4 SIL and SLE days); the school is the allocation's.</summary>
    DayAllocation,
    /// <summary>The id is a health check's; the school is the check's.</summary>
    HealthCheck,
    /// <summary>The id is a recorded review's (issue 11 cycles); the school is its. A terms of reference review has no school: the trust-wide team's.</summary>
    ReviewOccurrence,
}
