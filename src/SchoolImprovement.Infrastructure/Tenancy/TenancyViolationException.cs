namespace SchoolImprovement.Infrastructure.Tenancy;

/// <summary>A save tried to touch a row of another trust, or to save trust-owned rows with no trust.</summary>
public sealed class TenancyViolationException : InvalidOperationException
{
    public TenancyViolationException(string message) : base(message) { }

    public TenancyViolationException() { }

    public TenancyViolationException(string message, Exception innerException) : base(message, innerException) { }
}
