using Steady.Cli;

return SteadyApp.Run(args);
