namespace SchoolImprovement.Domain.Tenancy;

/// <summary>
/// An aggregate that people edit. <see cref="Version"/> is an application-managed concurrency
/// token: the persistence layer gives it a new value on every save, so a stale edit is detected
/// on SQLite as well as PostgreSQL.
/// </summary>
public interface IVersioned
{
    Guid Version { get; }
}
