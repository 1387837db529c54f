using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace SchoolImprovement.Web.Security.Events;

/// <summary>
/// Plain text for the console in Development only (appsettings.Development.json), for a person
/// reading it as the portal runs. Everywhere else both sinks write one JSON object per event
/// (CompactJsonFormatter), so text a person typed cannot start a log line of its own.
/// </summary>
public sealed class DevelopmentConsoleFormatter : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _text = new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}");

    public void Format(LogEvent logEvent, TextWriter output) => _text.Format(logEvent, output);
}
