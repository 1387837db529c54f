using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SchoolImprovement.Web.Security.Sessions;

/// <summary>
/// How long one instance may rely on a session check it made: <c>Security:SessionRevocationSeconds</c>
/// (30 by default, at most 30; 0 checks the database on every request). A session ended on another
/// instance, or in the database behind this one's back, is refused here at most this long after
/// (ADR 0017).
/// </summary>
public sealed class SessionCheckOptions
{
    public const string Section = "Security";
    public const string Setting = Section + ":" + nameof(SessionRevocationSeconds);
    public const int DefaultSeconds = 30;
    public const int MaximumSeconds = 30;

    public int SessionRevocationSeconds { get; set; } = DefaultSeconds;

    public TimeSpan RevocationInterval => TimeSpan.FromSeconds(SessionRevocationSeconds);

    public static string Problem(int seconds) =>
        $"{Setting} is {seconds}: it must be between 0 and {MaximumSeconds} seconds. It is how long a sign-out, deactivation or "
        + "\"sign out everywhere\" on one instance may take to reach the others, and the issue that set it allows at most 30 s (docs/operations.md, \"Running several instances\").";
}

/// <summary>
/// What <see cref="ActiveSessionValidator"/> read about one session, kept in memory for at most the
/// revocation interval so a signed-in request costs no query (ADR 0017). Only a session that was
/// accepted is kept; a request whose cookie does not match the kept state (another security stamp,
/// another person) reads the database again. Whatever ends a session or changes a person's stamp or
/// activation on this instance removes the kept state at once (<see cref="UserSessions"/>,
/// <see cref="SessionCheckInvalidation"/>); other instances see it when their kept state expires.
/// </summary>
public sealed class SessionCheckCache(IOptions<SessionCheckOptions> options, TimeProvider clock)
{
    /// <summary>The session as last read: who it belongs to, the person's stamp, when it started and was last seen.</summary>
    public sealed record State(Guid UserId, string? SecurityStamp, DateTime CreatedAt, DateTime LastSeenAt, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<Guid, State> _sessions = new();
    private readonly TimeSpan _interval = options.Value.RevocationInterval;
    private long _generation;
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public TimeSpan Interval => _interval;

    /// <summary>Changes whenever something is removed; read it before the database and pass it to <see cref="Keep"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The state read less than the interval ago, or null.</summary>
    public State? Fresh(Guid sessionId)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        return _sessions.TryGetValue(sessionId, out var state) && now - state.ReadAt < _interval && now >= state.ReadAt ? state : null;
    }

    /// <summary>
    /// Keeps an accepted session's state, unless something was removed since <paramref name="generation"/>
    /// was read (a sign-out racing this request's read must not be overwritten by the older answer).
    /// </summary>
    public void Keep(Guid sessionId, State state, long generation)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (_interval <= TimeSpan.Zero)
        {
            return;
        }

        _sessions[sessionId] = state;
        if (Generation != generation)
        {
            _sessions.TryRemove(sessionId, out _);
        }
    }

    /// <summary>Records a last-seen write on the kept state (its read time unchanged).</summary>
    public void Seen(Guid sessionId, DateTime lastSeenAt)
    {
        if (_sessions.TryGetValue(sessionId, out var state))
        {
            _sessions.TryUpdate(sessionId, state with { LastSeenAt = lastSeenAt }, state);
        }
    }

    /// <summary>Drops a kept check the database has just refused (no racing read to guard against: no generation change).</summary>
    public void Drop(Guid sessionId) => _sessions.TryRemove(sessionId, out _);

    public void Forget(Guid sessionId)
    {
        Interlocked.Increment(ref _generation);
        _sessions.TryRemove(sessionId, out _);
    }

    /// <summary>Forgets every kept session of <paramref name="userId"/> (rare: a sweep of the kept sessions is cheap).</summary>
    public void ForgetUser(Guid userId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (id, state) in _sessions)
        {
            if (state.UserId == userId)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    /// <summary>Drops expired entries once an interval, so sessions nobody uses any more do not accumulate.</summary>
    private void SweepIfDue(DateTimeOffset now)
    {
        var last = _lastSweep;
        if (now - last < _interval && now >= last)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (id, state) in _sessions)
        {
            if (now - state.ReadAt >= _interval || now < state.ReadAt)
            {
                _sessions.TryRemove(new KeyValuePair<Guid, State>(id, state));
            }
        }
    }
}
