using System.Web.Http;
using Kinder.ParentApi.Filters;

namespace Kinder.ParentApi
{
    public static class WebApiConfig
    {
        public static void Register(HttpConfiguration config)
        {
            config.MapHttpAttributeRoutes();
            config.Routes.MapHttpRoute("DefaultApi", "api/{controller}/{id}", new { id = RouteParameter.Optional });
            config.Filters.Add(new ErrorFilter());
            config.Formatters.Remove(config.Formatters.XmlFormatter);
        }
    }
}
