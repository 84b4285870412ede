namespace Hotspots.Imports;

/// <summary>The encoding the person importing says a text file has; without it, UTF-8 is tried, then Windows-1252.</summary>
public enum TextEncoding { Utf8, Windows1252 }
