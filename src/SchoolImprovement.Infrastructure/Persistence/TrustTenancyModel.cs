using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// Gives every trust-owned entity type the named filter <see cref="FilterName"/>
/// (<c>TrustId == CurrentTrustId</c>) and a required TrustId with a foreign key to its trust.
/// </summary>
public static class TrustTenancyModel
{
    public const string FilterName = "TrustTenancy";

    public static void Apply(ModelBuilder builder, PortalDbContext context)
    {
        var trustOwned = builder.Model.GetEntityTypes()
            .Where(t => typeof(ITrustOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null)
            .ToList();

        foreach (var entityType in trustOwned)
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Property(nameof(ITrustOwned.TrustId)).IsRequired();
            entity.HasOne(typeof(Domain.Trusts.Trust)).WithMany().HasForeignKey(nameof(ITrustOwned.TrustId)).OnDelete(DeleteBehavior.Restrict);

            var row = Expression.Parameter(entityType.ClrType, "row");
            var rowTrust = Expression.Convert(Expression.Property(row, nameof(ITrustOwned.TrustId)), typeof(Guid?));
            var current = Expression.Property(Expression.Constant(context), nameof(PortalDbContext.CurrentTrustId));
            entity.HasQueryFilter(FilterName, Expression.Lambda(Expression.Equal(rowTrust, current), row));
        }
    }
}
