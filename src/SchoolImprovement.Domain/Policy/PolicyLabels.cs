namespace SchoolImprovement.Domain.Policy;

/// <summary>Words the trust uses for its people and bodies (product.md, "policy profile").</summary>
public sealed record PolicyLabels(string OfficerTitle, string LocalCommitteeName, string CommitteeName);
