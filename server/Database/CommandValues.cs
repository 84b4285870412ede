using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Database;

/// <summary>A value whose database type must be named: a null that is still a geometry or a double, a tid.</summary>
public sealed record Typed(object? Value, NpgsqlDbType Type);

public static class CommandValues
{
    /// <summary>
    /// Adds positional parameters $1, $2, … in order; null travels as SQL NULL, a <see cref="Typed"/> value with its type.
    /// A lone array of strings or geometries is taken for the list of values itself: pass it as <c>(object)array</c>.
    /// </summary>
    public static NpgsqlCommand With(this NpgsqlCommand command, params object?[] values)
    {
        command.Parameters.AddRange(values.Select(Parameter).ToArray());
        return command;
    }

    /// <summary>Adds the named parameters of <paramref name="conditions"/>; copies, so the conditions may serve another command.</summary>
    public static NpgsqlCommand With(this NpgsqlCommand command, SqlConditions conditions)
    {
        foreach (var parameter in conditions.Parameters) command.Parameters.Add(parameter.Clone());
        return command;
    }

    public static NpgsqlBatchCommand With(this NpgsqlBatchCommand command, params object?[] values)
    {
        command.Parameters.AddRange(values.Select(Parameter).ToArray());
        return command;
    }

    private static NpgsqlParameter Parameter(object? value) => value is Typed typed
        ? new NpgsqlParameter { Value = typed.Value ?? DBNull.Value, NpgsqlDbType = typed.Type }
        : new NpgsqlParameter { Value = value ?? DBNull.Value };
}
