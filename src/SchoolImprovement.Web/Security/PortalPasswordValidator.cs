using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Every new password (set, reset, changed, chosen from an invitation, the platform administrator's
/// from the command line) is refused when it is one of the common passwords shipped with the portal
/// (<see cref="CommonPasswordList"/>), or contains, ignoring case, spaces and punctuation, a context
/// word: "portal", "school improvement", the trust's name or any word of it longer than three letters
/// (except words every trust's name shares, such as "trust" and "academy"),
/// a part of the person's name or of their email address's local part longer than three letters
/// (ASVS 5.0 V6.2.4, V6.2.11). The password itself is never trimmed, shown or logged.
/// </summary>
public sealed partial class PortalPasswordValidator(CommonPasswordList common, PortalDbContext db) : IPasswordValidator<PortalUser>
{
    public const string Common = "This is one of the most common passwords, so it would be among the first guessed. Choose another: a few unrelated words make a strong password.";
    public const string PortalName = "Your password must not contain the portal's name (\"portal\" or \"school improvement\"). Choose another.";
    public const string TrustName = "Your password must not contain your trust's name or a word of it. Choose another.";
    public const string OwnName = "Your password must not contain your name. Choose another.";
    public const string OwnEmail = "Your password must not contain your email address or a part of it. Choose another.";

    /// <summary>Context words shorter than this are allowed inside a password ("Ann", "the").</summary>
    public const int ShortestContextWord = 4;

    private static readonly string[] PortalWords = ["portal", "school improvement"];

    /// <summary>Words every trust's name shares: they tell an attacker nothing about this trust, so they stay allowed ("I trust ...").</summary>
    private static readonly HashSet<string> GenericTrustWords =
        ["trust", "trusts", "academy", "academies", "school", "schools", "learning", "education", "educational", "partnership", "federation", "multi", "college", "group", "foundation", "church", "catholic", "england"];

    public async Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        var problems = new List<(string Code, string Description)>();
        var squashed = Squash(password);
        if (common.Contains(password) || (squashed.Length > 0 && common.Contains(squashed)))
        {
            problems.Add(("PasswordCommon", Common));
        }

        if (PortalWords.Any(w => squashed.Contains(Squash(w), StringComparison.Ordinal)))
        {
            problems.Add(("PasswordHasPortalName", PortalName));
        }

        if (user.TrustId is { } trustId
            && await db.Trusts.AsNoTracking().Where(t => t.Id == trustId).Select(t => t.Name).FirstOrDefaultAsync() is { } trustName
            && ContainsAny(squashed, [trustName, .. Words(trustName).Where(w => !GenericTrustWords.Contains(w))]))
        {
            problems.Add(("PasswordHasTrustName", TrustName));
        }

        if (ContainsAny(squashed, Words(user.DisplayName)))
        {
            problems.Add(("PasswordHasOwnName", OwnName));
        }

        var localPart = (user.Email ?? user.UserName ?? "").Split('@')[0];
        if (ContainsAny(squashed, [localPart, .. Words(localPart)]))
        {
            problems.Add(("PasswordHasOwnEmail", OwnEmail));
        }

        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = p.Code, Description = p.Description })]);
    }

    /// <summary>The words of a name longer than three letters, lower-cased.</summary>
    public static IEnumerable<string> Words(string? text) =>
        NotLettersOrDigits().Split(text ?? "")
            .Where(w => w.Length >= ShortestContextWord)
            .Select(w => w.ToLowerInvariant());

    /// <summary>Lower-cased letters and digits only, so "School-Improvement" and "schoolimprovement" compare the same.</summary>
    public static string Squash(string text) =>
        new([.. (text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static bool ContainsAny(string squashedPassword, IEnumerable<string> words) =>
        words.Select(Squash).Any(w => w.Length >= ShortestContextWord && squashedPassword.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLettersOrDigits();
}
