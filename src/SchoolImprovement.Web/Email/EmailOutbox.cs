using System.Diagnostics;
using System.Threading.Channels;

namespace SchoolImprovement.Web.Email;

/// <summary>
/// The portal's <see cref="IPortalEmail"/>: queues a message and returns at once, so a request
/// never waits on the mail server and a "forgot password" for a known address answers as fast as
/// for an unknown one (docs/security.md). <see cref="EmailDispatcher"/> delivers the queue in the
/// background. The queue is in memory: mail still queued when the process stops is lost (and
/// logged); every account email can be asked for again.
/// </summary>
public sealed class EmailOutbox : IPortalEmail
{
    private readonly Channel<OutgoingEmail> _queue = Channel.CreateUnbounded<OutgoingEmail>(new UnboundedChannelOptions { SingleReader = true });
    private int _pending;

    /// <summary>Messages queued or being delivered.</summary>
    public int Pending => Volatile.Read(ref _pending);

    internal ChannelReader<OutgoingEmail> Queue => _queue.Reader;

    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default) =>
        SendAsync(new OutgoingEmail(to, subject, body), cancellationToken);

    public Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite(message))
        {
            Interlocked.Decrement(ref _pending);
            throw new InvalidOperationException("The email queue is closed: the portal is stopping.");
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits until every queued message has been delivered or given up on (tests, and anyone who must know mail went).</summary>
    /// <returns>False when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WhenIdleAsync(TimeSpan timeout)
    {
        // Elapsed time, not the clock: tests pin the portal's TimeProvider while mail is still moving.
        var started = Stopwatch.GetTimestamp();
        while (Pending > 0)
        {
            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        return true;
    }

    internal void Finished() => Interlocked.Decrement(ref _pending);
}
