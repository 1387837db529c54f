namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// The portal's clock in tests. It follows the real time until a test pins it (<see cref="Pin"/>),
/// for term and year boundaries and British Summer Time evenings; <see cref="Advance"/> moves a pinned clock on.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _pinned;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _pinned ?? System.GetUtcNow();
        }
    }

    /// <summary>Stops the clock at <paramref name="instant"/>.</summary>
    public void Pin(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _pinned = instant.ToUniversalTime();
        }
    }

    /// <summary>Stops the clock at a UK wall-clock time (GMT or BST as London was then).</summary>
    public void PinUk(DateTime ukWallClock)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Pin(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(ukWallClock, DateTimeKind.Unspecified), london), TimeSpan.Zero));
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _pinned = (_pinned ?? System.GetUtcNow()) + by;
        }
    }

    /// <summary>Back to the real time.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _pinned = null;
        }
    }
}
