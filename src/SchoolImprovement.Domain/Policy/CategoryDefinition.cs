namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// One category of the trust's categorisation scheme (Vine policy, "Categorisation" and
/// "Possible Responses to Categorisation"): its descriptors and its standard responses.
/// </summary>
public sealed record CategoryDefinition(string Name, IReadOnlyList<string> Descriptors, IReadOnlyList<string> StandardResponses)
{
    /// <summary>
    /// A health check at least this often for a school in the category, where the category calls for more than the
    /// profile's <see cref="Cycles.HealthCheckMonths"/> (DDAT §2 "more frequently where there is a need"); null: the profile's interval.
    /// </summary>
    public int? HealthCheckMonths { get; init; }

    public bool Equals(CategoryDefinition? other) =>
        other is not null
        && Name == other.Name
        && Descriptors.SequenceEqual(other.Descriptors)
        && StandardResponses.SequenceEqual(other.StandardResponses)
        && HealthCheckMonths == other.HealthCheckMonths;

    public override int GetHashCode() => HashCode.Combine(Name, Descriptors.Count, StandardResponses.Count);
}
