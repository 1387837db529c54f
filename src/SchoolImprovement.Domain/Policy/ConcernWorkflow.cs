namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// Who recommends and who decides a school-causing-concern designation. DDAT policy §3:
/// "the Deputy CEO will recommend to the CEO a school causing concern, for the CEO to decide".
/// </summary>
public sealed record ConcernWorkflow(string RecommendingRole, string DecidingRole);
