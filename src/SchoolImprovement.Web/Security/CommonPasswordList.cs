namespace SchoolImprovement.Web.Security;

/// <summary>
/// The common passwords shipped with the portal (Security/CommonPasswords: 30,000 from zxcvbn 4.4.2,
/// MIT), read from the embedded resource once, on first use, and compared ignoring case.
/// </summary>
public sealed class CommonPasswordList
{
    public const string ResourceName = "SchoolImprovement.Web.Security.CommonPasswords.common-passwords.txt";

    private readonly Lazy<HashSet<string>> _passwords = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => _passwords.Value.Count;

    public bool Contains(string password) => _passwords.Value.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common passwords list ({ResourceName}) is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
