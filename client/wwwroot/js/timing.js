// The service worker is told which files loaded before it took control (visits/device.mjs), from the browser's
// resource timings; the default buffer of 250 entries can fill before the .NET runtime has loaded.
performance.setResourceTimingBufferSize(5000);
