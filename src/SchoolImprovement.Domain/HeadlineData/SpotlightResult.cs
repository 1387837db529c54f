namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// One result of a school in a measure for all pupils, as the Spotlight rule compares it: the academic
/// year (its first calendar year), the term (0 = the whole academic year; 1-3 = Autumn, Spring, Summer
/// for termly measures), the school's value, and the national figure for that year (null when none is
/// published or kept: the rule then cannot say the school is below national).
/// </summary>
public readonly record struct SpotlightResult(int Year, int TermNumber, decimal Value, decimal? National);
