namespace SchoolImprovement.Web.Email;

/// <summary>
/// Delivers queued mail one message at a time through the configured <see cref="IMailTransport"/>,
/// retrying a failed delivery after each of <see cref="EmailOptions.RetryDelaySeconds"/> (section <c>Email</c>). A
/// message that still fails is logged by subject (never by body: it may hold a reset link) and dropped.
/// </summary>
public sealed partial class EmailDispatcher(EmailOutbox outbox, IMailTransport transport, EmailOptions options, ILogger<EmailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in outbox.Queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await DeliverAsync(message, stoppingToken);
                }
                finally
                {
                    outbox.Finished();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (outbox.Pending > 0)
            {
                LogLostAtShutdown(logger, outbox.Pending);
            }
        }
    }

    private async Task DeliverAsync(OutgoingEmail message, CancellationToken stoppingToken)
    {
        var delays = options.RetryDelaySeconds ?? EmailOptions.DefaultRetryDelaySeconds;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await transport.DeliverAsync(message, stoppingToken);
                return;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                if (attempt >= delays.Length)
                {
                    LogGivenUp(logger, message.Subject, attempt + 1, failure);
                    return;
                }

                LogRetrying(logger, message.Subject, attempt + 1, delays[attempt], failure.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(delays[attempt]), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email \"{Subject}\" not delivered (attempt {Attempt}, {Failure}); trying again in {Seconds} s")]
    private static partial void LogRetrying(ILogger logger, string subject, int attempt, int seconds, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email \"{Subject}\" not delivered after {Attempts} attempts; given up")]
    private static partial void LogGivenUp(ILogger logger, string subject, int attempts, Exception failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} queued emails not delivered: the portal stopped")]
    private static partial void LogLostAtShutdown(ILogger logger, int count);
}
