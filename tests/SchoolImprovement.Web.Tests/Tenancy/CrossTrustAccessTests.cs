using System.Text.RegularExpressions;

namespace SchoolImprovement.Web.Tests.Tenancy;

/// <summary>
/// Platform administration crosses trusts through one reviewed path (docs/security.md, "Escape
/// hatches"; ADR 0016): a scan of the source keeps <c>IgnoreQueryFilters</c>, the cross-trust read
/// and the row-level security settings each in the files named here. Comments are not code and are
/// skipped; anything else that mentions them, in any file under src, fails.
/// </summary>
public sealed partial class CrossTrustAccessTests
{
    private const string Access = "src/SchoolImprovement.Infrastructure/Tenancy/CrossTrustAccess.cs";
    private const string Context = "src/SchoolImprovement.Infrastructure/Tenancy/TrustContext.cs";
    private const string Registration = "src/SchoolImprovement.Infrastructure/Persistence/PersistenceRegistration.cs";
    private const string Policies = "src/SchoolImprovement.Infrastructure/Persistence/RowLevelSecurity.cs";
    private const string Interceptor = "src/SchoolImprovement.Infrastructure/Persistence/Interceptors/PostgresTrustSettingInterceptor.cs";
    private const string PlatformReads = "src/SchoolImprovement.Web/Features/Platform/PlatformRoleRequestQueries.cs";

    public static TheoryData<string, string[]> ReviewedPlaces => new()
    {
        // Lifting EF's tenancy filter: only inside the cross-trust read.
        { @"\bIgnoreQueryFilters\b", [Access] },
        // The cross-trust read: defined, registered, and used by platform administration's queries only.
        { @"\bCrossTrustAccess\b", [Access, Registration, PlatformReads] },
        { @"\bCrossTrustRead\b", [Access, Context, Interceptor] },
        { @"\bEnterCrossTrustRead\b", [Access, Context] },
        // The connection settings the policies read: named once, set by the interceptor alone.
        { @"set_config|portal\.trust_id|portal\.cross_trust|\bTrustSetting\b|\bCrossTrustSetting\b|\bCrossTrustReadValue\b", [Policies, Interceptor] },
    };

    [Theory]
    [MemberData(nameof(ReviewedPlaces))]
    public void Only_the_reviewed_files_cross_trusts_or_set_the_trust_of_a_connection(string pattern, string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var found = Uses(pattern);
        var elsewhere = found.Where(f => !allowed.Contains(f.File)).Select(f => $"{f.File}:{f.Line}: {f.Text}").ToList();

        Assert.True(elsewhere.Count == 0, $"Outside the reviewed place (docs/security.md, Escape hatches):{Environment.NewLine}{string.Join(Environment.NewLine, elsewhere)}");
        // The scan sees what it is meant to see: every reviewed file holds the code it is allowed.
        Assert.Equal(allowed.Order(StringComparer.Ordinal), found.Select(f => f.File).Distinct().Order(StringComparer.Ordinal));
    }

    private static List<(string File, int Line, string Text)> Uses(string pattern)
    {
        var root = RepositoryRoot();
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        return [.. Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(file => !BuildOutput().IsMatch(file))
            .SelectMany(file => File.ReadLines(Path.Combine(root, file)).Select((text, i) => (File: file, Line: i + 1, Text: text.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && regex.IsMatch(l.Text))];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SchoolImprovement.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SchoolImprovement.sln not found above the test's folder.");
    }

    [GeneratedRegex("/(bin|obj)/")]
    private static partial Regex BuildOutput();
}
