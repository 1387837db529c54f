namespace SchoolImprovement.Web.Reminders;

/// <summary>
/// Runs <see cref="ReminderSweep"/> every <see cref="ReminderOptions.SweepSeconds"/> on each instance; the database lease lets
/// one instance at a time do the work, so with two instances each reminder is planned and sent once. The interval is real
/// elapsed time (not the portal's <see cref="TimeProvider"/>, which tests pin): what is due is decided by the portal's clock.
/// </summary>
public sealed partial class ReminderScheduler(ReminderSweep sweep, ReminderOptions options, ILogger<ReminderScheduler> logger) : BackgroundService
{
    /// <summary>This process's name on leases and claims: the machine, the process and a random part.</summary>
    public static readonly string Instance =
        $"{(Environment.MachineName.Length > 100 ? Environment.MachineName[..100] : Environment.MachineName)}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.SweepSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweep.RunAsync(Instance, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogSweepFailed(logger, failure);
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception failure);
}
