using System;
using log4net;

namespace Cemetery.WebService
{
    /// <summary>
    /// 日志帮助类
    /// </summary>
    public static class LogHelper
    {
        private static readonly ILog Log = LogManager.GetLogger("Cemetery");

        public static void Info(string msg)
        {
            if (Log.IsInfoEnabled) Log.Info(msg);
        }

        public static void Debug(string msg)
        {
            if (Log.IsDebugEnabled) Log.Debug(msg);
        }

        public static void Error(string msg, Exception ex = null)
        {
            Log.Error(msg, ex);
        }

        public static void Error(Exception ex)
        {
            Log.Error(ex.Message, ex);
        }
    }
}
