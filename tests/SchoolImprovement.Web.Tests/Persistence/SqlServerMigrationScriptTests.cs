using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

namespace SchoolImprovement.Web.Tests.Persistence;

/// <summary>
/// SQL Server, proved offline (no SQL Server engine runs here): the SQL Server migration set's idempotent
/// script generates and creates every table, key, index and constraint of the model; no key or index column is
/// one SQL Server cannot index; and no foreign-key path is one SQL Server refuses (<see cref="CascadePaths"/>,
/// shown to catch both refused shapes on small bad models).
/// </summary>
public sealed class SqlServerMigrationScriptTests
{
    private static PortalDbContext SqlServer() => DesignTimeContexts.Create(DatabaseProviders.SqlServer);

    private static IModel DesignModel(DbContext db) => db.GetService<IDesignTimeModel>().Model;

    [Fact]
    public void The_idempotent_script_generates_offline_and_creates_every_table_key_index_and_constraint_of_the_model()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var model = DesignModel(db).GetRelationalModel();

        Assert.NotEmpty(model.Tables);
        foreach (var table in model.Tables)
        {
            Assert.Contains($"CREATE TABLE [{table.Name}] (", script, StringComparison.Ordinal);
            Assert.Contains($"CONSTRAINT [{table.PrimaryKey!.Name}] PRIMARY KEY", script, StringComparison.Ordinal);
            foreach (var key in table.UniqueConstraints.Where(k => !k.GetIsPrimaryKey()))
            {
                Assert.Contains($"CONSTRAINT [{key.Name}] UNIQUE", script, StringComparison.Ordinal);
            }

            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                Assert.Contains($"CONSTRAINT [{foreignKey.Name}] FOREIGN KEY", script, StringComparison.Ordinal);
            }

            foreach (var index in table.Indexes)
            {
                Assert.Contains($"INDEX [{index.Name}] ON [{table.Name}]", script, StringComparison.Ordinal);
            }
        }

        // Every migration is guarded, so the script can run again on a database it already built.
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }

        // The same-trust references to people, added beside the model, reference an unfiltered unique index
        // (SQL Server refuses a foreign key to a filtered one).
        var references = TrustUserReferences.In(DesignModel(db));
        Assert.NotEmpty(references);
        foreach (var (table, column, constraint) in references)
        {
            Assert.Contains($"ALTER TABLE [{table}] ADD CONSTRAINT [{constraint}] FOREIGN KEY ([TrustId], [{column}]) REFERENCES [AspNetUsers] ([TrustId], [Id])", script, StringComparison.Ordinal);
        }

        Assert.Contains($"CREATE UNIQUE INDEX [{TrustUserReferences.ParentIndex}] ON [AspNetUsers] ([TrustId], [Id]);", script, StringComparison.Ordinal);
    }

    [Fact]
    public void No_key_index_or_foreign_key_column_is_one_SQL_Server_cannot_index()
    {
        using var db = SqlServer();
        var model = DesignModel(db).GetRelationalModel();
        var indexed = model.Tables.SelectMany(t =>
            t.Indexes.SelectMany(i => i.Columns)
                .Concat(t.UniqueConstraints.SelectMany(k => k.Columns))
                .Concat(t.ForeignKeyConstraints.SelectMany(k => k.Columns)))
            .Distinct()
            .ToList();
        Assert.NotEmpty(indexed);
        var unindexable = indexed
            .Where(c => c.StoreType.EndsWith("(max)", StringComparison.OrdinalIgnoreCase) || c.StoreType is "text" or "ntext" or "image" or "xml")
            .Select(c => $"{c.Table.Name}.{c.Name} {c.StoreType}")
            .ToList();
        Assert.Empty(unindexable);
    }

    [Fact]
    public void No_foreign_key_path_is_one_SQL_Server_refuses()
    {
        using var db = SqlServer();
        Assert.Empty(CascadePaths.RefusedBySqlServer(DesignModel(db)));
    }

    [Fact]
    public void The_cascade_check_finds_a_table_reached_by_two_cascading_paths()
    {
        using var db = new RefusedDiamond();
        var problem = Assert.Single(CascadePaths.RefusedBySqlServer(DesignModel(db)));
        Assert.StartsWith("Leaves is reached from Roots by 2 cascading paths:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cascade_check_accepts_the_same_shape_when_one_path_takes_no_action()
    {
        using var db = new FixedDiamond();
        Assert.Empty(CascadePaths.RefusedBySqlServer(DesignModel(db)));
    }

    [Fact]
    public void The_cascade_check_finds_a_cycle_and_a_self_reference()
    {
        using var db = new Cycle();
        var problems = CascadePaths.RefusedBySqlServer(DesignModel(db));
        Assert.Contains(problems, p => p.StartsWith("cascade cycle: Hens -> Eggs -> Hens", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("cascade cycle: Hens -> Hens", StringComparison.Ordinal));
    }

    private static DbContextOptions SqlServerOptions() =>
        new DbContextOptionsBuilder().UseSqlServer("Server=localhost;Database=cascade_check;TrustServerCertificate=True").Options;

    private sealed class Root
    {
        public int Id { get; set; }
    }

    private sealed class Left
    {
        public int Id { get; set; }
        public int RootId { get; set; }
    }

    private sealed class Right
    {
        public int Id { get; set; }
        public int RootId { get; set; }
    }

    private sealed class Leaf
    {
        public int Id { get; set; }
        public int LeftId { get; set; }
        public int? RightId { get; set; }
    }

    /// <summary>Roots cascade to Lefts and Rights, each cascading (or setting null) to Leaves: Leaves is reached twice from Roots.</summary>
    private abstract class Diamond(bool fixedByNoAction) : DbContext(SqlServerOptions())
    {
        protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Root>().ToTable("Roots");
            modelBuilder.Entity<Left>().ToTable("Lefts").HasOne<Root>().WithMany().HasForeignKey(b => b.RootId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Right>().ToTable("Rights").HasOne<Root>().WithMany().HasForeignKey(b => b.RootId).OnDelete(DeleteBehavior.Cascade);
            var leaf = modelBuilder.Entity<Leaf>().ToTable("Leaves");
            leaf.HasOne<Left>().WithMany().HasForeignKey(l => l.LeftId).OnDelete(DeleteBehavior.Cascade);
            leaf.HasOne<Right>().WithMany().HasForeignKey(l => l.RightId).OnDelete(fixedByNoAction ? DeleteBehavior.NoAction : DeleteBehavior.SetNull);
        }
    }

    /// <summary>A context type per shape: EF caches one model per context type.</summary>
    private sealed class RefusedDiamond() : Diamond(fixedByNoAction: false);

    private sealed class FixedDiamond() : Diamond(fixedByNoAction: true);

    private sealed class Hen
    {
        public int Id { get; set; }
        public int? EggId { get; set; }
        public int? MotherId { get; set; }
    }

    private sealed class Egg
    {
        public int Id { get; set; }
        public int? HenId { get; set; }
    }

    /// <summary>Hens and Eggs cascade to each other; a hen cascades to the hens that name her as their mother.</summary>
    private sealed class Cycle() : DbContext(SqlServerOptions())
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Hen>().ToTable("Hens").HasOne<Egg>().WithMany().HasForeignKey(h => h.EggId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Hen>().HasOne<Hen>().WithMany().HasForeignKey(h => h.MotherId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Egg>().ToTable("Eggs").HasOne<Hen>().WithMany().HasForeignKey(e => e.HenId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
