namespace SchoolImprovement.Web.Security;

/// <summary>
/// Limits on anonymous POSTs (sign-in, second factor, forgotten and reset password, any other):
/// the configuration section <c>Throttling</c> (ADR 0011). Both limits apply to every request: a
/// spray across accounts from one address meets <see cref="PerAddress"/>, a distributed attack on
/// one account meets <see cref="PerAccount"/>.
/// </summary>
public sealed class ThrottlingOptions
{
    public const string Section = "Throttling";

    /// <summary>Attempts from one client address (an IPv6 address counts by its /64).</summary>
    public ThrottleLimit PerAddress { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Attempts at one account (the email typed, trimmed and lower-cased; or the person half-way through signing in).</summary>
    public ThrottleLimit PerAccount { get; set; } = new() { PermitLimit = 5, WindowSeconds = 60 };
}

public sealed class ThrottleLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}

/// <summary>
/// Lockout per account and client address (section <c>Lockout</c>, ADR 0011): after
/// <see cref="FailuresBeforeLockout"/> failures the pair is locked for <see cref="FirstLockoutMinutes"/>,
/// each further lockout of the same pair twice as long, at most <see cref="LongestLockoutHours"/>.
/// Identity's own account-wide lockout is only a backstop at <see cref="AccountWideFailures"/>.
/// </summary>
public sealed class LockoutOptions
{
    public const string Section = "Lockout";

    public int FailuresBeforeLockout { get; set; } = 5;
    public int FirstLockoutMinutes { get; set; } = 15;
    public int LongestLockoutHours { get; set; } = 24;
    /// <summary>A pair with no failure for this long starts again from nothing (its lockouts are forgotten).</summary>
    public int ForgetAfterHours { get; set; } = 24;
    public int AccountWideFailures { get; set; } = 100;
    public int AccountWideLockoutMinutes { get; set; } = 15;

    /// <summary>The length of the <paramref name="lockout"/>-th lockout (1 is the first).</summary>
    public TimeSpan LockoutLength(int lockout)
    {
        var longest = TimeSpan.FromHours(LongestLockoutHours);
        var length = TimeSpan.FromMinutes(FirstLockoutMinutes * Math.Pow(2, Math.Clamp(lockout - 1, 0, 30)));
        return length < longest ? length : longest;
    }
}
