#ifndef PANTAU_CCURL_SHIM_H
#define PANTAU_CCURL_SHIM_H
#include <curl/curl.h>

/* Swift cannot call C variadic functions: these typed pass-throughs stand in for
   curl_easy_setopt / curl_easy_getinfo / curl_multi_setopt, one per argument type. */

typedef size_t (*pantau_curl_write_cb)(char *ptr, size_t size, size_t nmemb, void *userdata);
typedef int (*pantau_curl_xferinfo_cb)(void *clientp, curl_off_t dltotal, curl_off_t dlnow,
                                       curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode pantau_easy_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pantau_easy_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pantau_easy_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pantau_easy_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pantau_easy_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pantau_easy_setopt_write_cb(CURL *h, CURLoption o, pantau_curl_write_cb v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pantau_easy_setopt_xferinfo_cb(CURL *h, CURLoption o, pantau_curl_xferinfo_cb v) { return curl_easy_setopt(h, o, v); }

static inline CURLcode pantau_easy_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode pantau_easy_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode pantau_easy_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode pantau_easy_getinfo_pointer(CURL *h, CURLINFO i, void **v) { return curl_easy_getinfo(h, i, v); }

static inline CURLMcode pantau_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }
static inline CURLSHcode pantau_share_setopt_long(CURLSH *s, CURLSHoption o, long v) { return curl_share_setopt(s, o, v); }

#endif
