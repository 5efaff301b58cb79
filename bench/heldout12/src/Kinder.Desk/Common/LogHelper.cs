using System;
using log4net;

namespace Kinder.Desk.Common
{
    public static class LogHelper
    {
        private static readonly ILog Log = LogManager.GetLogger("KinderDesk");

        public static void Info(string msg) => Log.Info(msg);
        public static void Warn(string msg) => Log.Warn(msg);
        public static void Error(string msg, Exception ex) => Log.Error(msg, ex);
        public static void Op(string user, string action, string detail) => Log.InfoFormat("[{0}] {1}: {2}", user, action, detail);
    }
}
