using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SchoolImprovement.Infrastructure.Pdf;

/// <summary>The "pdf-fonts" entry of /health: unhealthy, naming the font, when a shipped PDF font is missing.</summary>
public sealed class PdfFontsHealthCheck : IHealthCheck
{
    private readonly Func<string, Stream?> open;

    public PdfFontsHealthCheck()
        : this(PdfFonts.OpenEmbedded)
    {
    }

    internal PdfFontsHealthCheck(Func<string, Stream?> open) => this.open = open;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var faces = PdfFonts.Load(open);
            return Task.FromResult(HealthCheckResult.Healthy($"{faces.Count} PDF font faces ({PdfFonts.Family})"));
        }
        catch (PdfFontMissingException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message, e));
        }
    }
}
