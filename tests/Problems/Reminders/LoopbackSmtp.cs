using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Hotspots.Tests.Problems.Reminders;

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port, keeping every message it accepts.</summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private readonly Inbox inbox = new();

    public int Port { get; } = FreePort();

    public IReadOnlyCollection<(string[] Envelope, MimeMessage Message)> Received => inbox.Messages;

    public LoopbackSmtp()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(inbox);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
        WaitUntilListening();
    }

    private void WaitUntilListening()
    {
        for (var tries = 0; ; tries++)
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (tries < 50)
            {
                Thread.Sleep(100);
            }
    }

    /// <summary>A loopback port nothing listens on: an unreachable SMTP host that fails fast.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }

    private sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<(string[], MimeMessage)> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancel)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue((transaction.To.Select(t => $"{t.User}@{t.Host}").ToArray(), await MimeMessage.LoadAsync(stream, cancel)));
            return SmtpResponse.Ok;
        }
    }
}
