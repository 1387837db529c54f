namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// Data conversion for the PolicyCapabilities migration (every provider): the profile's free-text board
/// types become <see cref="Domain.Boards.BoardKind"/> numbers, and back on Down. Plain SQL that SQLite,
/// PostgreSQL and SQL Server all accept.
/// </summary>
public static class PolicyCapabilitiesSql
{
    public const string BoardTypesToKinds = """
        UPDATE "PolicyProfiles" SET "BoardKinds" = CASE
            WHEN "BoardKinds" LIKE '%RAB%' AND "BoardKinds" LIKE '%ILTC%' THEN '[1,2]'
            WHEN "BoardKinds" LIKE '%RAB%' THEN '[1]'
            WHEN "BoardKinds" LIKE '%ILTC%' THEN '[2]'
            ELSE '[3]' END
        """;

    public const string BoardKindsToTypes = """
        UPDATE "PolicyProfiles" SET "BoardTypes" = CASE
            WHEN "BoardTypes" = '[1,2]' THEN '["Raising Achievement Board (RAB)","Interim Local Trust Committee (ILTC)"]'
            WHEN "BoardTypes" = '[1]' THEN '["Raising Achievement Board (RAB)"]'
            WHEN "BoardTypes" = '[2]' THEN '["Interim Local Trust Committee (ILTC)"]'
            ELSE '["Trust improvement board"]' END
        """;
}
