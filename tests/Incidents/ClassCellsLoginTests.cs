using Hotspots.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotspots.Tests.Incidents;

/// <summary>
/// The class counts (migration 0038) are written only by the owner's trigger functions: the server's own login
/// (hotspots_app) writes incidents and the counts follow in its transaction, but SQL through that login cannot set a
/// count itself, which would let it hide or invent records on every partner's map.
/// </summary>
public sealed class ClassCellsLoginTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    [Fact]
    public async Task Incidents_written_by_the_servers_login_are_counted_and_uncounted_in_its_transaction()
    {
        await using var connection = await Server().OpenConnectionAsync();
        await new NpgsqlCommand("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity)
            SELECT ST_SetSRID(ST_MakePoint(414050 + n % 3 * 100, 416050), 27700), timestamptz '2025-01-01Z' + n * interval '20 days',
                'labour', 'adult', 'council', 'LOGIN-' || n, 'exact', 'official'
            FROM generate_series(1, 9) n
            """, connection).ExecuteNonQueryAsync();
        Assert.Equal("3 cells, 9 records", await Cells());
        await new NpgsqlCommand("DELETE FROM incidents WHERE source_reference IN ('LOGIN-1', 'LOGIN-4', 'LOGIN-7')", connection).ExecuteNonQueryAsync();
        Assert.Equal("2 cells, 6 records", await Cells());
        await new NpgsqlCommand("DELETE FROM incidents WHERE source_reference LIKE 'LOGIN-%'", connection).ExecuteNonQueryAsync();
        Assert.Equal("0 cells, 0 records", await Cells());
    }

    [Theory]
    [InlineData("UPDATE class_cells SET records = 0")]
    [InlineData("DELETE FROM counted_cells")]
    [InlineData("INSERT INTO class_cells VALUES ('council', 'official', '', 4140, 4160, 40, 0)")]
    [InlineData("DELETE FROM access_classes")]
    [InlineData("SELECT count_all_cells()")]
    [InlineData("ALTER TABLE incidents DISABLE TRIGGER incidents_counted_on_insert")]
    public async Task Sql_through_the_servers_login_cannot_set_a_count(string attack)
    {
        await using var connection = await Server().OpenConnectionAsync();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(attack, connection).ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_first_loads_banded_count_does_nothing_outside_a_first_load()
    {
        await using var connection = await Server().OpenConnectionAsync();
        await new NpgsqlCommand("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity)
            SELECT ST_SetSRID(ST_MakePoint(414050 + n * 100, 417050), 27700), timestamptz '2025-01-01Z', 'labour', 'adult',
                'council', 'BAND-' || n, 'exact', 'official'
            FROM generate_series(1, 4) n
            """, connection).ExecuteNonQueryAsync();
        var before = await Cells();
        // Band 0 of 1 would empty every count and recount; with the counting trigger on, it must refuse and change nothing.
        var acted = await new NpgsqlCommand("SELECT incidents_count_cells_band(0, 1)", connection).ExecuteScalarAsync();
        Assert.Equal(false, acted);
        Assert.Equal(before, await Cells());
        await new NpgsqlCommand("DELETE FROM incidents WHERE source_reference LIKE 'BAND-%'", connection).ExecuteNonQueryAsync();
    }

    private NpgsqlDataSource Server() => app.Factory.Services.GetRequiredService<NpgsqlDataSource>();

    private Task<string> Cells() => app.Scalar<string>("""
        SELECT count(*) || ' cells, ' || coalesce(sum(records), 0) || ' records' FROM class_cells WHERE source_agency = 'council'
        """);
}
