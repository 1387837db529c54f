namespace SchoolImprovement.Web.Email;

/// <summary>
/// Delivers queued mail one message at a time through the configured <see cref="IMailTransport"/>.
/// A transient failure is retried after each of <see cref="EmailOptions.RetryDelaySeconds"/> (section
/// <c>Email</c>); a permanent refusal (<see cref="MailFailure.IsPermanent"/>: the server's 5xx answer)
/// is not retried. A message that is refused, or still fails after the last retry, is logged by subject
/// (never by body: it may hold a reset link) and, for an account email, recorded against the person
/// (<see cref="EmailDeliveryFailures"/>) so the trust administrator sees it and can resend.
/// </summary>
public sealed partial class EmailDispatcher(EmailOutbox outbox, IMailTransport transport, EmailOptions options, EmailDeliveryFailures failures, ILogger<EmailDispatcher> logger) : BackgroundService
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
                if (MailFailure.IsPermanent(failure))
                {
                    LogRefused(logger, message.Subject, MailFailure.Reason(failure));
                    await failures.RecordAsync(message, permanent: true, MailFailure.Reason(failure), stoppingToken);
                    return;
                }

                if (attempt >= delays.Length)
                {
                    LogGivenUp(logger, message.Subject, attempt + 1, failure);
                    await failures.RecordAsync(message, permanent: false, MailFailure.Reason(failure), stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email \"{Subject}\" refused by the mail server ({Reason}); not retried")]
    private static partial void LogRefused(ILogger logger, string subject, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} queued emails not delivered: the portal stopped")]
    private static partial void LogLostAtShutdown(ILogger logger, int count);
}
