using Hotspots.Api;

namespace Hotspots.Imports;

/// <summary>The whole file was refused (nothing imported): the message says what to change.</summary>
public sealed class ImportRefused(string message) : Refused("IMPORT_REFUSED", message);
