export interface paths {
    "/api/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profiles
         * @description Get all profiles in an account.
         *
         *     Profiles can be sorted by the following fields in ascending and descending order: `id`, `created`, `updated`, `email`, `subscriptions.email.marketing.suppression.timestamp`, `subscriptions.email.marketing.list_suppressions.timestamp`
         *
         *     Use the `additional-fields` parameter to include subscriptions and predictive analytics data in your response.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`<br><br>Rate limits when using the `additional-fields[profile]=predictive_analytics` parameter in your API request:<br>Burst: `10/s`<br>Steady: `150/m`<br><br>To learn more about how the `additional-fields` parameter impacts rate limits, check out our [Rate limits, status codes, and errors](https://developers.klaviyo.com/en/v2026-07-15/docs/rate_limits_and_error_handling) guide.
         *
         *     **Scopes:**
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profiles.json)
         */
        get: operations["get_profiles"];
        put?: never;
        /**
         * Create Profile
         * @description Create a new profile.
         *
         *     Use the `additional-fields` parameter to include subscriptions and predictive analytics data in your response.
         *
         *     The maximum allowed payload size is 100KB.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `profiles:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/create_profile.json)
         */
        post: operations["create_profile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile
         * @description Get the profile with the given profile ID.
         *
         *     Use the `additional-fields` parameter to include subscriptions and predictive analytics data in your response.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`<br><br>Rate limits when using the `include=list` parameter in your API request:<br>Burst: `1/s`<br>Steady: `15/m`<br><br>Rate limits when using the `include=segment` parameter in your API request:<br>Burst: `1/s`<br>Steady: `15/m`<br><br>To learn more about how the `include` parameter impacts rate limits, check out our [Rate limits, status codes, and errors](https://developers.klaviyo.com/en/v2026-07-15/docs/rate_limits_and_error_handling) guide.
         *
         *     **Scopes:**
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile.json)
         */
        get: operations["get_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Profile
         * @description Update the profile with the given profile ID.
         *
         *     Use the `additional-fields` parameter to include subscriptions and predictive analytics data in your response.
         *
         *     Note that setting a field to `null` will clear out the field, whereas not including a field in your request will leave it unchanged.
         *
         *     The maximum allowed payload size is 100KB.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `profiles:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/update_profile.json)
         */
        patch: operations["update_profile"];
        trace?: never;
    };
    "/api/profile-bulk-import-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bulk Import Profiles Jobs
         * @description Get all bulk profile import jobs.
         *
         *     Returns a maximum of 100 jobs per request.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_bulk_import_profiles_jobs.json)
         */
        get: operations["get_bulk_import_profiles_jobs"];
        put?: never;
        /**
         * Bulk Import Profiles
         * @description Create a bulk profile import job to create or update a batch of profiles.
         *
         *     Accepts up to 10,000 profiles per request. The maximum allowed payload size is 5MB. The maximum allowed payload size per-profile is 100KB.
         *
         *     To learn more, see our [Bulk Profile Import API guide](https://developers.klaviyo.com/en/docs/use_klaviyos_bulk_profile_import_api).<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:write`
         *     `profiles:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/bulk_import_profiles.json)
         */
        post: operations["bulk_import_profiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-bulk-import-jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bulk Import Profiles Job
         * @description Get a bulk profile import job with the given job ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_bulk_import_profiles_job.json)
         */
        get: operations["get_bulk_import_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-suppression-bulk-create-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bulk Suppress Profiles Jobs
         * @description Get the status of all bulk profile suppression jobs.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `subscriptions:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_bulk_suppress_profiles_jobs.json)
         */
        get: operations["get_bulk_suppress_profiles_jobs"];
        put?: never;
        /**
         * Bulk Suppress Profiles
         * @description Manually suppress profiles by email address or specify a segment/list ID to suppress all current members of a segment/list.
         *
         *     Suppressed profiles cannot receive email marketing, independent of their consent status. To learn more, see our guides on [email suppressions](https://help.klaviyo.com/hc/en-us/articles/115005246108#what-is-a-suppressed-profile-1) and [collecting consent](https://developers.klaviyo.com/en/docs/collect_email_and_sms_consent_via_api).
         *
         *     Email address per request limit: 100<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `profiles:write`
         *     `subscriptions:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/bulk_suppress_profiles.json)
         */
        post: operations["bulk_suppress_profiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-suppression-bulk-create-jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bulk Suppress Profiles Job
         * @description Get the bulk suppress profiles job with the given job ID.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `subscriptions:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_bulk_suppress_profiles_job.json)
         */
        get: operations["get_bulk_suppress_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-suppression-bulk-delete-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bulk Unsuppress Profiles Jobs
         * @description Get all bulk unsuppress profiles jobs.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `subscriptions:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_bulk_unsuppress_profiles_jobs.json)
         */
        get: operations["get_bulk_unsuppress_profiles_jobs"];
        put?: never;
        /**
         * Bulk Unsuppress Profiles
         * @description Manually unsuppress profiles by email address or specify a segment/list ID to unsuppress all current members of a segment/list.
         *
         *     This only removes suppressions with reason USER_SUPPRESSED ; unsubscribed profiles and suppressed profiles with reason INVALID_EMAIL or HARD_BOUNCE remain unchanged. To learn more, see our guides on [email suppressions](https://help.klaviyo.com/hc/en-us/articles/115005246108#what-is-a-suppressed-profile-1) and [collecting consent](https://developers.klaviyo.com/en/docs/collect_email_and_sms_consent_via_api).
         *
         *     Email address per request limit: 100<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `subscriptions:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/bulk_unsuppress_profiles.json)
         */
        post: operations["bulk_unsuppress_profiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-suppression-bulk-delete-jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bulk Unsuppress Profiles Job
         * @description Get the bulk unsuppress profiles job with the given job ID.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `subscriptions:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_bulk_unsuppress_profiles_job.json)
         */
        get: operations["get_bulk_unsuppress_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Push Tokens
         * @description Return push tokens associated with company.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `push-tokens:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_push_tokens.json)
         */
        get: operations["get_push_tokens"];
        put?: never;
        /**
         * Create or Update Push Token
         * @description Create or update a push token.
         *
         *     This endpoint can be used to migrate push tokens from another platform to Klaviyo. Please use our mobile SDKs ([iOS](https://github.com/klaviyo/klaviyo-swift-sdk) and [Android](https://github.com/klaviyo/klaviyo-android-sdk)) to create push tokens from users' devices.
         *
         *     The maximum allowed payload size is 100KB.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `profiles:write`
         *     `push-tokens:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/create_push_token.json)
         */
        post: operations["create_push_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Push Token
         * @description Return a specific push token based on its ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `push-tokens:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_push_token.json)
         */
        get: operations["get_push_token"];
        put?: never;
        post?: never;
        /**
         * Delete Push Token
         * @description Delete a specific push token based on its ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `push-tokens:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/delete_push_token.json)
         */
        delete: operations["delete_push_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or Update Profile
         * @description Given a set of profile attributes and optionally an ID, create or update a profile.
         *
         *     Returns 201 if a new profile was created, 200 if an existing profile was updated.
         *
         *     Use the `additional-fields` parameter to include subscriptions and predictive analytics data in your response.
         *
         *     Note that setting a field to `null` will clear out the field, whereas not including a field in your request will leave it unchanged.
         *
         *     The maximum allowed payload size is 100KB.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `profiles:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/create_or_update_profile.json)
         */
        post: operations["create_or_update_profile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge Profiles
         * @description Merge a given related profile into a profile with the given profile ID.
         *
         *     The profile provided under `relationships` (the "source" profile) will be merged into the profile provided by the ID in the base data object (the "destination" profile).
         *     This endpoint queues an asynchronous task which will merge data from the source profile into the destination profile, deleting the source profile in the process. This endpoint accepts only one source profile.
         *
         *     To learn more about how profile data is preserved or overwritten during a merge, please [visit our Help Center](https://help.klaviyo.com/hc/en-us/articles/115005073847#merge-2-profiles3).<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/merge_profiles.json)
         */
        post: operations["merge_profiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-subscription-bulk-create-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Subscribe Profiles
         * @description Subscribe one or more profiles to email marketing, SMS marketing, WhatsApp, or push. If the provided list has double opt-in enabled, profiles will receive a message requiring their confirmation before subscribing. Otherwise, profiles will be immediately subscribed without receiving a confirmation message.
         *     Learn more about [consent in this guide](https://developers.klaviyo.com/en/docs/collect_email_and_sms_consent_via_api).
         *
         *     If a list is not provided, the opt-in process used will be determined by the [account-level default opt-in setting](https://www.klaviyo.com/settings/account/api-keys).
         *
         *     To add someone to a list without changing their subscription status, use [Add Profile to List](https://developers.klaviyo.com/en/reference/create_list_relationships).
         *
         *     This API will remove any `UNSUBSCRIBE`, `SPAM_REPORT` or `USER_SUPPRESSED` suppressions from the provided profiles. Learn more about [suppressed profiles](https://help.klaviyo.com/hc/en-us/articles/115005246108-Understanding-suppressed-email-profiles#what-is-a-suppressed-profile-1).
         *
         *     Maximum number of profiles can be submitted for subscription: 1000
         *
         *     This endpoint now supports a `historical_import` flag. If this flag is set `true`, profiles being subscribed will bypass double opt-in emails and be subscribed immediately. They will also bypass any associated "Added to list" flows. This is useful for importing historical data where you have already collected consent. If `historical_import` is set to true, the `consented_at` field is required and must be in the past.
         *
         *     Push tokens provided in `push_tokens` will be registered for each profile as long as push subscriptions are consented to.<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `lists:write`
         *     `profiles:write`
         *     `subscriptions:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/bulk_subscribe_profiles.json)
         */
        post: operations["bulk_subscribe_profiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-subscription-bulk-delete-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Unsubscribe Profiles
         * @description > 🚧
         *     >
         *     > Profiles not in the specified list will be globally unsubscribed. Always verify profile list membership before calling this endpoint to avoid unintended global unsubscribes.
         *
         *     Unsubscribe one or more profiles from email marketing, SMS marketing, push marketing, or a combination. Learn more about [consent in this guide](https://developers.klaviyo.com/en/docs/collect_email_and_sms_consent_via_api).
         *
         *     Push tokens provided in `subscriptions.push.tokens` will be removed for the specified profiles.
         *
         *     To remove someone from a list without changing their subscription status, use [Remove Profiles from List](https://developers.klaviyo.com/en/reference/remove_profiles_from_list).
         *
         *     Maximum number of profiles per call: 100<br><br>*Rate limits*:<br>Burst: `75/s`<br>Steady: `750/m`
         *
         *     **Scopes:**
         *     `lists:write`
         *     `profiles:write`
         *     `subscriptions:write`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/bulk_unsubscribe_profiles.json)
         */
        post: operations["bulk_unsubscribe_profiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/push-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Push Tokens for Profile
         * @description Return all push tokens that belong to the given profile.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_push_tokens_for_profile.json)
         */
        get: operations["get_push_tokens_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/relationships/push-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Push Token IDs for Profile
         * @description Return the IDs of all push tokens associated with the given profile.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_push_token_ids_for_profile.json)
         */
        get: operations["get_push_token_ids_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Lists for Profile
         * @description Get list memberships for a profile with the given profile ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_lists_for_profile.json)
         */
        get: operations["get_lists_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/relationships/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get List IDs for Profile
         * @description Get list memberships for a profile with the given profile ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_list_ids_for_profile.json)
         */
        get: operations["get_list_ids_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Segments for Profile
         * @description Get segment memberships for a profile with the given profile ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_segments_for_profile.json)
         */
        get: operations["get_segments_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/relationships/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Segment IDs for Profile
         * @description Get segment membership relationships for a profile with the given profile ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `segments:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_segment_ids_for_profile.json)
         */
        get: operations["get_segment_ids_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Conversation for Profile
         * @description Get the conversation for a profile with the given profile ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `conversations:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_conversation_for_profile.json)
         */
        get: operations["get_conversation_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/relationships/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Conversation ID for Profile
         * @description Get the conversation relationship for a profile with the given profile ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `conversations:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_conversation_id_for_profile.json)
         */
        get: operations["get_conversation_id_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Conversations for Profile
         * @description Get all conversations for a profile with the given profile ID.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `conversations:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_conversations_for_profile.json)
         */
        get: operations["get_conversations_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/relationships/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Conversation IDs for Profile
         * @description Get the IDs of all conversations for a profile across all channels.<br><br>*Rate limits*:<br>Burst: `3/s`<br>Steady: `60/m`
         *
         *     **Scopes:**
         *     `conversations:read`
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_conversation_ids_for_profile.json)
         */
        get: operations["get_conversation_ids_for_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-bulk-import-jobs/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get List for Bulk Import Profiles Job
         * @description Get list for the bulk profile import job with the given ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_list_for_bulk_import_profiles_job.json)
         */
        get: operations["get_list_for_bulk_import_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-bulk-import-jobs/{id}/relationships/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get List IDs for Bulk Import Profiles Job
         * @description Get list relationship for the bulk profile import job with the given ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `lists:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_list_ids_for_bulk_import_profiles_job.json)
         */
        get: operations["get_list_ids_for_bulk_import_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-bulk-import-jobs/{id}/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profiles for Bulk Import Profiles Job
         * @description Get profiles for the bulk profile import job with the given ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profiles_for_bulk_import_profiles_job.json)
         */
        get: operations["get_profiles_for_bulk_import_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-bulk-import-jobs/{id}/relationships/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile IDs for Bulk Import Profiles Job
         * @description Get profile relationships for the bulk profile import job with the given ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile_ids_for_bulk_import_profiles_job.json)
         */
        get: operations["get_profile_ids_for_bulk_import_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-bulk-import-jobs/{id}/import-errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Errors for Bulk Import Profiles Job
         * @description Get import errors for the bulk profile import job with the given ID.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_errors_for_bulk_import_profiles_job.json)
         */
        get: operations["get_errors_for_bulk_import_profiles_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push-tokens/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile for Push Token
         * @description Return the profile associated with the given push token.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `push-tokens:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile_for_push_token.json)
         */
        get: operations["get_profile_for_push_token"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push-tokens/{id}/relationships/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile ID for Push Token
         * @description Return the ID of the profile associated with the given push token.<br><br>*Rate limits*:<br>Burst: `10/s`<br>Steady: `150/m`
         *
         *     **Scopes:**
         *     `profiles:read`
         *     `push-tokens:read`
         *
         *     [OpenAPI Spec](https://raw.githubusercontent.com/klaviyo/openapi/main/openapi/stable/apis/get_profile_id_for_push_token.json)
         */
        get: operations["get_profile_id_for_push_token"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        APIMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "api";
            /** @description Optional filter on a specific list of API keys (using last 4 digits of the key) */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        /** @description Optional hints emitted by the API for agent callers */
        AgentHints: {
            /** @description Suggested follow-up actions for agents to take after this response */
            next_steps?: string[];
        };
        AlltimeDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for alltime date filters.
             * @enum {string}
             */
            operator: "alltime";
        };
        AnniversaryDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for anniversary date filters.
             * @enum {string}
             */
            operator: "anniversary" | "anniversary-month";
        };
        BackInStockMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "back_in_stock";
        };
        BooleanFilter: {
            /** @enum {string} */
            type: "boolean";
            /**
             * @description Operators for boolean filters.
             * @enum {string}
             */
            operator: "equals";
            value: boolean;
        };
        BounceDateFilter: {
            /** @enum {string} */
            field: "bounce_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["IsSetExistenceFilter"];
        };
        BulkProfileSuppressionsCreateJobResponseObjectResource: {
            type: components["schemas"]["ProfileSuppressionBulkCreateJobEnum"];
            /** @description Unique identifier for retrieving the job. Generated by Klaviyo. */
            id: string;
            attributes: {
                /**
                 * @description Status of the asynchronous job.
                 * @example processing
                 * @enum {string}
                 */
                status: "cancelled" | "complete" | "processing" | "queued";
                /**
                 * Format: date-time
                 * @description The date and time the job was created in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created_at: string;
                /**
                 * @description The total number of operations to be processed by the job. See `completed_count` for the job's current progress.
                 * @example 10
                 */
                total_count: number;
                /**
                 * @description The total number of operations that have been completed by the job.
                 * @default 0
                 * @example 9
                 */
                completed_count?: number | null;
                /**
                 * Format: date-time
                 * @description Date and time the job was completed in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                completed_at?: string | null;
                /**
                 * @description The total number of profiles that have been skipped as part of the job.
                 * @default 0
                 * @example 1
                 */
                skipped_count?: number | null;
            };
            relationships?: {
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /**
                         * @description Suppress/Unsuppress all profiles in this list
                         * @example Y6nRLr
                         */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                segments?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        /**
                         * @description Suppress/Unsuppress all profiles in this segment
                         * @example Y6nRLr
                         */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        BulkProfileSuppressionsRemoveJobResponseObjectResource: {
            type: components["schemas"]["ProfileSuppressionBulkDeleteJobEnum"];
            /** @description Unique identifier for retrieving the job. Generated by Klaviyo. */
            id: string;
            attributes: {
                /**
                 * @description Status of the asynchronous job.
                 * @example processing
                 * @enum {string}
                 */
                status: "cancelled" | "complete" | "processing" | "queued";
                /**
                 * Format: date-time
                 * @description The date and time the job was created in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created_at: string;
                /**
                 * @description The total number of operations to be processed by the job. See `completed_count` for the job's current progress.
                 * @example 10
                 */
                total_count: number;
                /**
                 * @description The total number of operations that have been completed by the job.
                 * @default 0
                 * @example 9
                 */
                completed_count?: number | null;
                /**
                 * Format: date-time
                 * @description Date and time the job was completed in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                completed_at?: string | null;
                /**
                 * @description The total number of profiles that have been skipped as part of the job.
                 * @default 0
                 * @example 1
                 */
                skipped_count?: number | null;
            };
            relationships?: {
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /**
                         * @description Suppress/Unsuppress all profiles in this list
                         * @example Y6nRLr
                         */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                segments?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        /**
                         * @description Suppress/Unsuppress all profiles in this segment
                         * @example Y6nRLr
                         */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        BulkRemoveMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "bulk_remove";
        };
        CalendarDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for calendar date filters.
             * @enum {string}
             */
            operator: "calendar-month";
            value: number;
        };
        CarrierDeactivationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "carrier_deactivation";
        };
        CheckoutMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "checkout";
        };
        CollectionLinks: {
            /** Format: uri */
            self: string;
            /** Format: uri */
            prev?: string;
            /** Format: uri */
            next?: string;
        };
        ConditionGroup: {
            conditions: (components["schemas"]["ProfileHasGroupMembershipCondition"] | components["schemas"]["ProfileNoGroupMembershipCondition"] | components["schemas"]["SegmentsProfileMetricCondition"] | components["schemas"]["ProfileMarketingConsentCondition"] | components["schemas"]["ProfilePostalCodeDistanceCondition"] | components["schemas"]["ProfilePropertyCondition"] | components["schemas"]["ProfileRegionCondition"] | components["schemas"]["ProfilePredictiveAnalyticsDateCondition"] | components["schemas"]["ProfilePredictiveAnalyticsNumericCondition"] | components["schemas"]["ProfilePredictiveAnalyticsStringCondition"] | components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityPriorityCondition"] | components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityRankCondition"] | components["schemas"]["ProfileHasCustomObjectCondition"] | components["schemas"]["ProfilePermissionsCondition"] | components["schemas"]["SegmentsProfileMetricFunnelCondition"])[];
        };
        ConstantContactIntegrationFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "in";
            value: "constant_contact"[];
        };
        ConstantContactIntegrationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "integration";
            filter: components["schemas"]["ConstantContactIntegrationFilter"];
        };
        /** @enum {string} */
        ConversationEnum: "conversation";
        ConversationResponseObjectResource: {
            type: components["schemas"]["ConversationEnum"];
            id: string;
            attributes: {
                /**
                 * @description The messaging channel of the conversation.
                 * @enum {string}
                 */
                channel: "instagram" | "sms" | "whatsapp";
            };
            relationships?: {
                profile?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        CustomSourceFilter: {
            /** @enum {string} */
            field: "custom_source";
            filter: components["schemas"]["EqualsStringFilter"];
        };
        DataWarehouseImportMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "data_warehouse_import";
        };
        DeviceMetadata: {
            /**
             * @description Relatively stable ID for the device. Will update on app uninstall and reinstall
             * @example 1234567890
             */
            device_id?: string | null;
            /**
             * @description The name of the SDK used to create the push token.
             * @example swift
             * @enum {string|null}
             */
            klaviyo_sdk?: "android" | "flutter" | "flutter_community" | "react_native" | "swift" | null;
            /**
             * @description The version of the SDK used to create the push token
             * @example 1.0.0
             */
            sdk_version?: string | null;
            /**
             * @description The model of the device
             * @example iPhone12,1
             */
            device_model?: string | null;
            /**
             * @description The name of the operating system on the device.
             * @example ios
             * @enum {string|null}
             */
            os_name?: "android" | "ios" | "ipados" | "macos" | "tvos" | null;
            /**
             * @description The version of the operating system on the device
             * @example 14.0
             */
            os_version?: string | null;
            /**
             * @description The manufacturer of the device
             * @example Apple
             */
            manufacturer?: string | null;
            /**
             * @description The name of the app that created the push token
             * @example Klaviyo
             */
            app_name?: string | null;
            /**
             * @description The version of the app that created the push token
             * @example 1.0.0
             */
            app_version?: string | null;
            /**
             * @description The build of the app that created the push token
             * @example 1
             */
            app_build?: string | null;
            /**
             * @description The ID of the app that created the push token
             * @example com.klaviyo.app
             */
            app_id?: string | null;
            /**
             * @description The environment in which the push token was created
             * @example release
             * @enum {string|null}
             */
            environment?: "debug" | "release" | null;
        };
        DoubleOptinFilter: {
            /** @enum {string} */
            field: "is_double_opt_in";
            filter: components["schemas"]["BooleanFilter"];
        };
        EffectiveDateFilter: {
            /** @enum {string} */
            field: "effective_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
        };
        EmailChannel: {
            /** @description The email marketing subscription. */
            marketing?: components["schemas"]["EmailMarketing"];
            /** @description The email open tracking consent. */
            open_tracking?: components["schemas"]["OpenTrackingConsent"];
        };
        EmailMarketing: {
            /** @description Whether or not this profile has implicit consent to receive email marketing. True if it does profile does not have any global suppressions. */
            can_receive_email_marketing: boolean;
            /**
             * @description The consent status for email marketing.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for email marketing, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when a field on the email marketing object was last modified.
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * @description The method by which the profile was subscribed to email marketing.
             * @example PREFERENCE_PAGE
             */
            method?: string | null;
            /**
             * @description Additional details about the method by which the profile was subscribed to email marketing. This may be empty if no details were provided.
             * @default
             * @example mydomain.com/signup
             */
            method_detail?: string | null;
            /**
             * @description Additional detail provided by the caller when the profile was subscribed. This may be empty if no details were provided.
             * @example marketing drive
             */
            custom_method_detail?: string | null;
            /**
             * @description Whether the profile was subscribed to email marketing using a double opt-in.
             * @example true
             */
            double_optin?: boolean | null;
            /** @description The global email marketing suppression for this profile. */
            suppression?: components["schemas"]["EmailMarketingSuppression"][] | null;
            /** @description The list suppressions for this profile. */
            list_suppressions?: components["schemas"]["EmailMarketingListSuppression"][] | null;
        };
        EmailMarketingListSuppression: {
            /**
             * @description The ID of list to which the suppression applies.
             * @example Y6nRLr
             */
            list_id: string;
            /**
             * @description The reason the profile was suppressed from the list.
             * @example USER_SUPPRESSED
             */
            reason: string;
            /**
             * Format: date-time
             * @description The timestamp when the profile was suppressed from the list, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            timestamp: string;
        };
        EmailMarketingSuppression: {
            /**
             * @description The reason the profile was suppressed.
             * @example HARD_BOUNCE
             * @enum {string}
             */
            reason: "HARD_BOUNCE" | "INVALID_EMAIL" | "SPAM_COMPLAINT" | "UNSUBSCRIBE" | "USER_SUPPRESSED";
            /**
             * Format: date-time
             * @description The timestamp when the profile was suppressed, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            timestamp: string;
        };
        EmailSubscriptionParameters: {
            /** @description The parameters to subscribe to on the "EMAIL" Channel. Currently supports "MARKETING". */
            marketing?: components["schemas"]["SubscriptionParameters"];
            /** @description The open-tracking consent to grant on the "EMAIL" channel. Open-tracking consent is recorded on the profile only; it does not by itself add the profile to a list specified in the request. */
            open_tracking?: components["schemas"]["OpenTrackingSubscriptionParameters"];
        };
        EmailUnsubscriptionParameters: {
            /** @description The parameters to unsubscribe from marketing on the "EMAIL" channel. */
            marketing?: components["schemas"]["UnsubscriptionParameters"];
            /** @description The open-tracking consent to revoke on the "EMAIL" channel. */
            open_tracking?: components["schemas"]["OpenTrackingUnsubscriptionParameters"];
        };
        EqualsStringFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "equals";
            value: string | null;
        };
        ErrorSource: {
            /**
             * @description A pointer to the source of the error in the request payload.
             * @default /data
             * @example /data
             */
            pointer?: string | null;
        };
        ExistenceOperatorExistenceFilter: {
            /** @enum {string} */
            type: "existence";
            /**
             * @description Operators for existence filters.
             * @enum {string}
             */
            operator: "is-set" | "not-set";
        };
        ExplicitlyReachable: {
            /** @enum {string} */
            reachable_status: "explicitly_reachable";
            filters: (components["schemas"]["EffectiveDateFilter"] | components["schemas"]["RecordedDateFilter"] | components["schemas"]["MethodFilter"] | components["schemas"]["FormSubscribeFilter"])[];
        };
        ExplicitlyUnreachable: {
            /** @enum {string} */
            reachable_status: "explicitly_unreachable";
            filters: (components["schemas"]["EffectiveDateFilter"] | components["schemas"]["RecordedDateFilter"] | components["schemas"]["MethodFilter"] | components["schemas"]["FormSubscribeFilter"])[];
        };
        FailedAgeGateMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "failed_age_gate";
        };
        /** @enum {string} */
        FlowEnum: "flow";
        FormMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "form";
            /** @description Optional filter on a specific list of form ids */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        FormSubscribeFilter: {
            /** @enum {string} */
            field: "subscribe_method";
            /** @enum {string} */
            method: "form";
            /** @description Optional filter on a specific list of form IDs */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        GetBulkProfileSuppressionsCreateJobResponse: {
            data: components["schemas"]["BulkProfileSuppressionsCreateJobResponseObjectResource"];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetBulkProfileSuppressionsCreateJobResponseCollection: {
            data: components["schemas"]["BulkProfileSuppressionsCreateJobResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetBulkProfileSuppressionsRemoveJobResponse: {
            data: components["schemas"]["BulkProfileSuppressionsRemoveJobResponseObjectResource"];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetBulkProfileSuppressionsRemoveJobResponseCollection: {
            data: components["schemas"]["BulkProfileSuppressionsRemoveJobResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetConversationResponse: {
            data: components["schemas"]["ConversationResponseObjectResource"] | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetConversationResponseCollection: {
            data: components["schemas"]["ConversationResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetImportErrorResponseCollection: {
            data: components["schemas"]["ImportErrorResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetListResponseCollection: {
            data: components["schemas"]["ListResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileBulkImportJobListsRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["ListEnum"];
                /**
                 * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
                 * @example Y6nRLr
                 */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileBulkImportJobProfilesRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                /**
                 * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
                 * @example 01GDDKASAP8TKDDA2GRZDSVP4H
                 */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileConversationRelationshipResponse: {
            data: {
                type: components["schemas"]["ConversationEnum"];
                id: string;
            } | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileConversationsRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["ConversationEnum"];
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileImportJobResponseCollectionCompoundDocument: {
            data: components["schemas"]["ProfileImportJobResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileImportJobResponseCompoundDocument: {
            data: components["schemas"]["ProfileImportJobResponseObjectResource"];
            included?: components["schemas"]["ListResponseObjectResource"][];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileListsRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["ListEnum"];
                /**
                 * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
                 * @example Y6nRLr
                 */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfilePushTokensRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["PushTokenEnum"];
                /** @description ID of push token */
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileResponse: {
            data: ({
                type?: components["schemas"]["ProfileEnum"];
                attributes?: {
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
            } & components["schemas"]["ProfileResponseObjectResource"]) | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileResponseCollection: {
            data: ({
                type?: components["schemas"]["ProfileEnum"];
                attributes?: {
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
            } & components["schemas"]["ProfileResponseObjectResource"])[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileResponsePluralConversationsCollectionCompoundDocument: {
            data: ({
                type?: components["schemas"]["ProfileEnum"];
                attributes?: {
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
            } & components["schemas"]["ProfileResponsePluralConversationsObjectResource"])[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: (components["schemas"]["ConversationResponseObjectResource"] | components["schemas"]["PushTokenResponseObjectResource"])[];
        };
        GetProfileResponsePluralConversationsCompoundDocument: {
            data: {
                type?: components["schemas"]["ProfileEnum"];
                attributes?: {
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
            } & components["schemas"]["ProfileResponsePluralConversationsObjectResource"];
            included?: (components["schemas"]["ListResponseObjectResource"] | components["schemas"]["SegmentResponseObjectResource"] | components["schemas"]["ConversationResponseObjectResource"] | components["schemas"]["PushTokenResponseObjectResource"])[];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetProfileSegmentsRelationshipsResponseCollection: {
            data: {
                type: components["schemas"]["SegmentEnum"];
                id: string;
            }[];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetPushTokenProfileRelationshipResponse: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                /**
                 * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
                 * @example 01GDDKASAP8TKDDA2GRZDSVP4H
                 */
                id: string;
            } | null;
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetPushTokenResponseCollection: {
            data: components["schemas"]["PushTokenResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetPushTokenResponseCollectionCompoundDocument: {
            data: components["schemas"]["PushTokenResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
            included?: components["schemas"]["ProfileResponseObjectResource"][];
        };
        GetPushTokenResponseCompoundDocument: {
            data: components["schemas"]["PushTokenResponseObjectResource"];
            included?: components["schemas"]["ProfileResponseObjectResource"][];
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GetSegmentResponseCollection: {
            data: components["schemas"]["SegmentResponseObjectResource"][];
            links?: components["schemas"]["CollectionLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        GreaterThanPositiveNumericFilter: {
            /** @enum {string} */
            type: "numeric";
            /** @enum {string} */
            operator: "greater-than";
            value: number;
        };
        HasEmailMarketing: {
            /** @enum {string} */
            subscription: "any";
            filters?: unknown;
        };
        HasEmailMarketingConsent: {
            /** @enum {string} */
            channel: "email";
            /** @enum {boolean} */
            can_receive_marketing: true;
            consent_status: components["schemas"]["HasEmailMarketing"] | components["schemas"]["HasEmailMarketingSubscribed"] | components["schemas"]["HasEmailMarketingNeverSubscribed"];
        };
        HasEmailMarketingNeverSubscribed: {
            /** @enum {string} */
            subscription: "never_subscribed";
            filters?: unknown;
        };
        HasEmailMarketingSubscribed: {
            /** @enum {string} */
            subscription: "subscribed";
            filters?: (components["schemas"]["DoubleOptinFilter"] | components["schemas"]["StatusDateFilter"] | components["schemas"]["CustomSourceFilter"] | components["schemas"]["FormMethodFilter"] | components["schemas"]["PreferencePageFilter"] | components["schemas"]["APIMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["BackInStockMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["ManualImportManualMethodFilter"] | components["schemas"]["ManualAddManualMethodFilter"] | components["schemas"]["ShopifyIntegrationMethodFilter"])[] | null;
        };
        HasPushMarketing: {
            /** @enum {string} */
            subscription: "any";
            filters?: components["schemas"]["StatusDateFilter"][] | null;
        };
        HasPushMarketingConsent: {
            /** @enum {string} */
            channel: "push";
            /** @enum {boolean} */
            can_receive_marketing: true;
            consent_status: components["schemas"]["HasPushMarketing"];
        };
        HasSMSMarketingConsent: {
            /** @enum {string} */
            channel: "sms";
            /** @enum {boolean} */
            can_receive_marketing: true;
            consent_status: components["schemas"]["HasSMSMarketingSubscribed"];
        };
        HasSMSMarketingSubscribed: {
            /** @enum {string} */
            subscription: "subscribed";
            filters?: (components["schemas"]["StatusDateFilter"] | components["schemas"]["FormMethodFilter"] | components["schemas"]["ManualImportManualMethodFilter"] | components["schemas"]["ManualAddManualMethodFilter"] | components["schemas"]["CheckoutMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["PreferencePageMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["ShopifyIntegrationMethodFilter"] | components["schemas"]["SubscribedSMSIsRcsCapableFilter"])[] | null;
        };
        ImplicitlyOrExplicitlyReachable: {
            /** @enum {string} */
            reachable_status: "implicitly_or_explicitly_reachable";
        };
        ImplicitlyOrExplicitlyUnreachable: {
            /** @enum {string} */
            reachable_status: "implicitly_or_explicitly_unreachable";
        };
        ImplicitlyReachable: {
            /** @enum {string} */
            reachable_status: "implicitly_reachable";
        };
        ImplicitlyUnreachable: {
            /** @enum {string} */
            reachable_status: "implicitly_unreachable";
        };
        /** @enum {string} */
        ImportErrorEnum: "import-error";
        ImportErrorResponseObjectResource: {
            type: components["schemas"]["ImportErrorEnum"];
            /**
             * @description Unique identifier for the error.
             * @example e4eebb08-b055-4a6f-bb13-c8cb69c9eb94
             */
            id: string;
            attributes: {
                /**
                 * @description A code for classifying the error type.
                 * @example invalid
                 */
                code: string;
                /**
                 * @description A high-level message about the error.
                 * @example Invalid input
                 */
                title: string;
                /**
                 * @description Specific details about the error.
                 * @example The payload provided in the request is invalid.
                 */
                detail: string;
                /** @description Additional information on the source of the error. */
                source: components["schemas"]["ErrorSource"];
                original_payload?: Record<string, unknown> | null;
            };
        };
        InStringArrayFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "in";
            value: string[];
        };
        InboundMessageMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "inbound_message";
        };
        IntegerFilter: {
            /** @enum {string} */
            type: "numeric";
            /**
             * @description Operators for numeric filters.
             * @enum {string}
             */
            operator: "equals" | "greater-than" | "greater-than-or-equal" | "less-than" | "less-than-or-equal" | "not-equals";
            value: number;
        };
        InvalidEmailDateFilter: {
            /** @enum {string} */
            field: "invalid_email_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["IsSetExistenceFilter"];
        };
        IsSetExistenceFilter: {
            /** @enum {string} */
            type: "existence";
            /** @enum {string} */
            operator: "is-set";
        };
        LessThanPositiveNumericFilter: {
            /** @enum {string} */
            type: "numeric";
            /** @enum {string} */
            operator: "less-than";
            value: number;
        };
        ListContainsOperatorListContainsFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list contains filters.
             * @enum {string}
             */
            operator: "contains" | "not-contains";
            value: (number | string) | null;
        };
        /** @enum {string} */
        ListEnum: "list";
        ListLengthFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list length filters.
             * @enum {string}
             */
            operator: "length-equals" | "length-greater-than" | "length-greater-than-or-equal" | "length-less-than" | "length-less-than-or-equal";
            value: number;
        };
        ListResponseObjectResource: {
            type: components["schemas"]["ListEnum"];
            /**
             * @description Primary key that uniquely identifies this list. Generated by Klaviyo.
             * @example Y6nRLr
             */
            id: string;
            attributes: {
                /**
                 * @description A helpful name to label the list
                 * @example Newsletter
                 */
                name?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the list was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the list was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /**
                 * @description The opt-in process for this list. Valid values: 'double_opt_in', 'single_opt_in'.
                 * @example double_opt_in
                 * @enum {string|null}
                 */
                opt_in_process?: "double_opt_in" | "single_opt_in" | null;
            };
            relationships?: {
                profiles?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                tags?: {
                    data?: {
                        type: components["schemas"]["TagEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "flow-triggers"?: {
                    data?: {
                        type: components["schemas"]["FlowEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        ListSetFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list contains set filters.
             * @enum {string}
             */
            operator: "contains-all" | "contains-any" | "not-contains-all" | "not-contains-any";
            value: string[];
        };
        ListSubstringFilter: {
            /** @enum {string} */
            type: "list";
            /**
             * @description Operators for list substring filters.
             * @enum {string}
             */
            operator: "contains-substring" | "not-contains-substring";
            value: string | null;
        };
        MailboxProviderMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "mailbox_provider";
        };
        ManualAddManualMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_add";
            /** @description Optional filter on a specific list of user email addresses who initiated the manual action */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        ManualImportManualMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_import";
            /** @description Optional filter on a specific list of user email addresses who initiated the manual action */
            filter?: components["schemas"]["InStringArrayFilter"];
        };
        ManualImportMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_import";
        };
        ManualRemoveMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "manual_remove";
        };
        ManualSuppressionDateFilter: {
            /** @enum {string} */
            field: "manual_suppression_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["IsSetExistenceFilter"];
        };
        MessageBlockedMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "message_blocked";
        };
        MethodFilter: {
            /** @enum {string} */
            field: "subscribe_method";
            /**
             * @description Method for subscribing / unsubscribing.
             * @enum {string}
             */
            method: "api" | "back_in_stock" | "bigcommerce" | "bulk_remove" | "campaign_monitor" | "carrier_deactivation" | "checkout" | "constant_contact" | "exact_target" | "facebook" | "failed_age_gate" | "inbound_message" | "integration" | "mad_mimi" | "magento_two" | "mailbox_provider" | "manual_add" | "manual_import" | "manual_remove" | "message_blocked" | "netsuite" | "preference_page" | "provided_landline" | "provided_no_age" | "sftp" | "shopify" | "social_instagram_message" | "spam_complaint" | "square" | "wix" | "woocommerce";
        };
        NoEmailMarketing: {
            /** @enum {string} */
            subscription: "any";
            filters?: (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[] | null;
        };
        NoEmailMarketingConsent: {
            /** @enum {string} */
            channel: "email";
            /** @enum {boolean} */
            can_receive_marketing: false;
            consent_status: components["schemas"]["NoEmailMarketing"] | components["schemas"]["NoEmailMarketingUnsubscribed"] | components["schemas"]["NoEmailMarketingNeverSubscribed"] | components["schemas"]["NoEmailMarketingSubscribed"];
        };
        NoEmailMarketingNeverSubscribed: {
            /** @enum {string} */
            subscription: "never_subscribed";
            filters: (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[];
        };
        NoEmailMarketingSubscribed: {
            /** @enum {string} */
            subscription: "subscribed";
            filters: (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[];
        };
        NoEmailMarketingUnsubscribed: {
            /** @enum {string} */
            subscription: "unsubscribed";
            filters?: ((components["schemas"]["StatusDateFilter"] | components["schemas"]["APIMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["PreferencePageMethodFilter"] | components["schemas"]["ManualRemoveMethodFilter"] | components["schemas"]["SpamComplaintMethodFilter"] | components["schemas"]["MailboxProviderMethodFilter"] | components["schemas"]["OneClickUnsubscribeMethodFilter"] | components["schemas"]["ManualImportMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["DataWarehouseImportMethodFilter"] | components["schemas"]["ProfileModificationMethodFilter"] | components["schemas"]["ConstantContactIntegrationMethodFilter"])[] | (components["schemas"]["BounceDateFilter"] | components["schemas"]["ManualSuppressionDateFilter"] | components["schemas"]["InvalidEmailDateFilter"])[]) | null;
        };
        NoPushMarketing: {
            /** @enum {string} */
            subscription: "any";
        };
        NoPushMarketingConsent: {
            /** @enum {string} */
            channel: "push";
            /** @enum {boolean} */
            can_receive_marketing: false;
            consent_status: components["schemas"]["NoPushMarketing"];
        };
        NoSMSMarketing: {
            /** @enum {string} */
            subscription: "any";
        };
        NoSMSMarketingConsent: {
            /** @enum {string} */
            channel: "sms";
            /** @enum {boolean} */
            can_receive_marketing: false;
            consent_status: components["schemas"]["NoSMSMarketing"] | components["schemas"]["NoSMSMarketingUnsubscribed"] | components["schemas"]["NoSMSMarketingNeverSubscribed"];
        };
        NoSMSMarketingNeverSubscribed: {
            /** @enum {string} */
            subscription: "never_subscribed";
        };
        NoSMSMarketingUnsubscribed: {
            /** @enum {string} */
            subscription: "unsubscribed";
            filters?: (components["schemas"]["StatusDateFilter"] | components["schemas"]["FormMethodFilter"] | components["schemas"]["ManualImportManualMethodFilter"] | components["schemas"]["ManualAddManualMethodFilter"] | components["schemas"]["ManualRemoveMethodFilter"] | components["schemas"]["BulkRemoveMethodFilter"] | components["schemas"]["CheckoutMethodFilter"] | components["schemas"]["InboundMessageMethodFilter"] | components["schemas"]["PreferencePageMethodFilter"] | components["schemas"]["SftpMethodFilter"] | components["schemas"]["CarrierDeactivationMethodFilter"] | components["schemas"]["ProvidedLandlineMethodFilter"] | components["schemas"]["MessageBlockedMethodFilter"] | components["schemas"]["ProvidedNoAgeMethodFilter"] | components["schemas"]["FailedAgeGateMethodFilter"] | components["schemas"]["ShopifyIntegrationMethodFilter"])[] | null;
        };
        NumericOperatorNumericFilter: {
            /** @enum {string} */
            type: "numeric";
            /**
             * @description Operators for numeric filters.
             * @enum {string}
             */
            operator: "equals" | "greater-than" | "greater-than-or-equal" | "less-than" | "less-than-or-equal" | "not-equals";
            value: number;
        };
        NumericRangeFilter: {
            /** @enum {string} */
            type: "numeric";
            /**
             * @description Operators for numeric range filters.
             * @enum {string}
             */
            operator: "between";
            start: number;
            end: number;
        };
        ObjectLinks: {
            /** Format: uri */
            self: string;
        };
        OneClickUnsubscribeMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "one_click_unsubscribe";
        };
        OnlyRelatedLinks: {
            /** Format: uri */
            related: string;
        };
        OpenTrackingConsent: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
        };
        OpenTrackingSubscriptionParameters: {
            /**
             * @description The open-tracking consent to grant. Currently supports "SUBSCRIBED".
             * @example SUBSCRIBED
             * @enum {string}
             */
            consent: "SUBSCRIBED";
        };
        OpenTrackingUnsubscriptionParameters: {
            /**
             * @description The open-tracking consent to revoke. Currently supports "UNSUBSCRIBED".
             * @example UNSUBSCRIBED
             * @enum {string}
             */
            consent: "UNSUBSCRIBED";
        };
        PatchIdentifiers: {
            append?: Record<string, unknown>;
            unappend?: Record<string, unknown>;
        };
        PatchProfileResponse: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                /**
                 * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
                 * @example 01GDDKASAP8TKDDA2GRZDSVP4H
                 */
                id?: string | null;
                attributes: {
                    /**
                     * @description Individual's email address
                     * @example sarah.mason@klaviyo-demo.com
                     */
                    email?: string | null;
                    /**
                     * @description Individual's phone number in E.164 format
                     * @example +15005550006
                     */
                    phone_number?: string | null;
                    /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                    external_id?: string | null;
                    /**
                     * @description Individual's first name
                     * @example Sarah
                     */
                    first_name?: string | null;
                    /**
                     * @description Individual's last name
                     * @example Mason
                     */
                    last_name?: string | null;
                    /**
                     * @description Name of the company or organization within the company for whom the individual works
                     * @example Example Corporation
                     */
                    organization?: string | null;
                    /**
                     * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                     * @example en-US
                     */
                    locale?: string | null;
                    /**
                     * @description Individual's job title
                     * @example Regional Manager
                     */
                    title?: string | null;
                    /**
                     * @description URL pointing to the location of a profile image
                     * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                     */
                    image?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the profile was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the profile was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    updated?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time of the most recent event the triggered an update to the profile, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    last_event_date?: string | null;
                    location?: components["schemas"]["ProfileLocation"];
                    /**
                     * @description An object containing key/value pairs for any custom properties assigned to this profile
                     * @example {
                     *       "pseudonym": "Dr. Octopus"
                     *     }
                     */
                    properties?: Record<string, unknown> | null;
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
                relationships?: {
                    lists?: {
                        data?: {
                            type: components["schemas"]["ListEnum"];
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    segments?: {
                        data?: {
                            type: components["schemas"]["SegmentEnum"];
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    "push-tokens"?: {
                        data?: {
                            type: components["schemas"]["PushTokenEnum"];
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostBulkProfileSuppressionsCreateJobResponse: {
            data: {
                type: components["schemas"]["ProfileSuppressionBulkCreateJobEnum"];
                /** @description Unique identifier for retrieving the job. Generated by Klaviyo. */
                id: string;
                attributes: {
                    /**
                     * @description Status of the asynchronous job.
                     * @example processing
                     * @enum {string}
                     */
                    status: "cancelled" | "complete" | "processing" | "queued";
                    /**
                     * Format: date-time
                     * @description The date and time the job was created in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created_at: string;
                    /**
                     * @description The total number of operations to be processed by the job. See `completed_count` for the job's current progress.
                     * @example 10
                     */
                    total_count: number;
                    /**
                     * @description The total number of operations that have been completed by the job.
                     * @default 0
                     * @example 9
                     */
                    completed_count?: number | null;
                    /**
                     * Format: date-time
                     * @description Date and time the job was completed in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    completed_at?: string | null;
                    /**
                     * @description The total number of profiles that have been skipped as part of the job.
                     * @default 0
                     * @example 1
                     */
                    skipped_count?: number | null;
                };
                relationships?: {
                    lists?: {
                        data?: {
                            type: components["schemas"]["ListEnum"];
                            /**
                             * @description Suppress/Unsuppress all profiles in this list
                             * @example Y6nRLr
                             */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    segments?: {
                        data?: {
                            type: components["schemas"]["SegmentEnum"];
                            /**
                             * @description Suppress/Unsuppress all profiles in this segment
                             * @example Y6nRLr
                             */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostBulkProfileSuppressionsRemoveJobResponse: {
            data: {
                type: components["schemas"]["ProfileSuppressionBulkDeleteJobEnum"];
                /** @description Unique identifier for retrieving the job. Generated by Klaviyo. */
                id: string;
                attributes: {
                    /**
                     * @description Status of the asynchronous job.
                     * @example processing
                     * @enum {string}
                     */
                    status: "cancelled" | "complete" | "processing" | "queued";
                    /**
                     * Format: date-time
                     * @description The date and time the job was created in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created_at: string;
                    /**
                     * @description The total number of operations to be processed by the job. See `completed_count` for the job's current progress.
                     * @example 10
                     */
                    total_count: number;
                    /**
                     * @description The total number of operations that have been completed by the job.
                     * @default 0
                     * @example 9
                     */
                    completed_count?: number | null;
                    /**
                     * Format: date-time
                     * @description Date and time the job was completed in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    completed_at?: string | null;
                    /**
                     * @description The total number of profiles that have been skipped as part of the job.
                     * @default 0
                     * @example 1
                     */
                    skipped_count?: number | null;
                };
                relationships?: {
                    lists?: {
                        data?: {
                            type: components["schemas"]["ListEnum"];
                            /**
                             * @description Suppress/Unsuppress all profiles in this list
                             * @example Y6nRLr
                             */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    segments?: {
                        data?: {
                            type: components["schemas"]["SegmentEnum"];
                            /**
                             * @description Suppress/Unsuppress all profiles in this segment
                             * @example Y6nRLr
                             */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostProfileImportJobResponse: {
            data: {
                type: components["schemas"]["ProfileBulkImportJobEnum"];
                /** @description Unique identifier for retrieving the job. Generated by Klaviyo. */
                id: string;
                attributes: {
                    /**
                     * @description Status of the asynchronous job.
                     * @example processing
                     * @enum {string}
                     */
                    status: "cancelled" | "complete" | "processing" | "queued";
                    /**
                     * Format: date-time
                     * @description The date and time the job was created in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created_at: string;
                    /**
                     * @description The total number of operations to be processed by the job. See `completed_count` for the job's current progress.
                     * @example 10
                     */
                    total_count: number;
                    /**
                     * @description The total number of operations that have been completed by the job.
                     * @default 0
                     * @example 9
                     */
                    completed_count?: number | null;
                    /**
                     * @description The total number of operations that have failed as part of the job.
                     * @default 0
                     * @example 1
                     */
                    failed_count?: number | null;
                    /**
                     * Format: date-time
                     * @description Date and time the job was completed in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    completed_at?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time the job expires in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    expires_at?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time the job started processing in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    started_at?: string | null;
                };
                relationships?: {
                    lists?: {
                        data?: {
                            type: components["schemas"]["ListEnum"];
                            /** @description List to add the profiles to */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    profiles?: {
                        data?: {
                            type: components["schemas"]["ProfileEnum"];
                            /** @description IDs of the created/updated profiles */
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    "import-errors"?: {
                        data?: {
                            type: components["schemas"]["ImportErrorEnum"];
                            /** @description Errors encountering during import */
                            id: string;
                        }[];
                        links?: components["schemas"]["OnlyRelatedLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostProfileMergeResponse: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                /**
                 * @description The ID of the destination profile that was merged into
                 * @example 01GDDKASAP8TKDDA2GRZDSVP4H
                 */
                id: string;
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PostProfileResponse: {
            data: {
                type: components["schemas"]["ProfileEnum"];
                /**
                 * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
                 * @example 01GDDKASAP8TKDDA2GRZDSVP4H
                 */
                id?: string | null;
                attributes: {
                    /**
                     * @description Individual's email address
                     * @example sarah.mason@klaviyo-demo.com
                     */
                    email?: string | null;
                    /**
                     * @description Individual's phone number in E.164 format
                     * @example +15005550006
                     */
                    phone_number?: string | null;
                    /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                    external_id?: string | null;
                    /**
                     * @description Individual's first name
                     * @example Sarah
                     */
                    first_name?: string | null;
                    /**
                     * @description Individual's last name
                     * @example Mason
                     */
                    last_name?: string | null;
                    /**
                     * @description Name of the company or organization within the company for whom the individual works
                     * @example Example Corporation
                     */
                    organization?: string | null;
                    /**
                     * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                     * @example en-US
                     */
                    locale?: string | null;
                    /**
                     * @description Individual's job title
                     * @example Regional Manager
                     */
                    title?: string | null;
                    /**
                     * @description URL pointing to the location of a profile image
                     * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                     */
                    image?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the profile was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    created?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time when the profile was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    updated?: string | null;
                    /**
                     * Format: date-time
                     * @description Date and time of the most recent event the triggered an update to the profile, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                     * @example 2022-11-08T00:00:00+00:00
                     */
                    last_event_date?: string | null;
                    location?: components["schemas"]["ProfileLocation"];
                    /**
                     * @description An object containing key/value pairs for any custom properties assigned to this profile
                     * @example {
                     *       "pseudonym": "Dr. Octopus"
                     *     }
                     */
                    properties?: Record<string, unknown> | null;
                    subscriptions?: components["schemas"]["Subscriptions"];
                    predictive_analytics?: components["schemas"]["PredictiveAnalytics"];
                };
                relationships?: {
                    lists?: {
                        data?: {
                            type: components["schemas"]["ListEnum"];
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    segments?: {
                        data?: {
                            type: components["schemas"]["SegmentEnum"];
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                    "push-tokens"?: {
                        data?: {
                            type: components["schemas"]["PushTokenEnum"];
                            id: string;
                        }[];
                        links?: components["schemas"]["RelationshipLinks"];
                    };
                };
                links: components["schemas"]["ObjectLinks"];
            };
            links?: components["schemas"]["ObjectLinks"];
            meta?: components["schemas"]["ResponseMeta"];
        };
        PredictiveAnalytics: {
            /**
             * @description Total value of all historically placed orders
             * @example 93.87
             */
            historic_clv?: number | null;
            /**
             * @description Predicted value of all placed orders in the next 365 days
             * @example 27.24
             */
            predicted_clv?: number | null;
            /**
             * @description Sum of historic and predicted CLV
             * @example 121.11
             */
            total_clv?: number | null;
            /**
             * @description Number of already placed orders
             * @example 2
             */
            historic_number_of_orders?: number | null;
            /**
             * @description Predicted number of placed orders in the next 365 days
             * @example 0.54
             */
            predicted_number_of_orders?: number | null;
            /**
             * @description Average number of days between orders (None if only one order has been placed)
             * @example 189
             */
            average_days_between_orders?: number | null;
            /**
             * @description Average value of placed orders
             * @example 46.94
             */
            average_order_value?: number | null;
            /**
             * @description Probability the customer has churned
             * @example 0.89
             */
            churn_probability?: number | null;
            /**
             * Format: date-time
             * @description Expected date of next order, as calculated at the time of their most recent order
             * @example 2022-11-08T00:00:00+00:00
             */
            expected_date_of_next_order?: string | null;
            /**
             * @description List of channels ranked by their predicted effectiveness for this profile, with the best channel being listed first at index 0
             * @example [
             *       "sms",
             *       "email",
             *       "push"
             *     ]
             */
            ranked_channel_affinity?: ("email" | "push" | "sms" | "whatsapp")[] | null;
        };
        PreferencePageFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "preference_page";
            /** @description Optional filter on a specific subscribe page url */
            filter?: components["schemas"]["EqualsStringFilter"];
        };
        PreferencePageMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "preference_page";
        };
        /** @enum {string} */
        ProfileBulkImportJobEnum: "profile-bulk-import-job";
        ProfileCreateQuery: {
            data: components["schemas"]["ProfileCreateQueryResourceObject"];
        };
        ProfileCreateQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            attributes: {
                /**
                 * @description Individual's email address
                 * @example sarah.mason@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description Individual's phone number in E.164 format
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                external_id?: string | null;
                /**
                 * @description Individual's first name
                 * @example Sarah
                 */
                first_name?: string | null;
                /**
                 * @description Individual's last name
                 * @example Mason
                 */
                last_name?: string | null;
                /**
                 * @description Name of the company or organization within the company for whom the individual works
                 * @example Example Corporation
                 */
                organization?: string | null;
                /**
                 * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                 * @example en-US
                 */
                locale?: string | null;
                /**
                 * @description Individual's job title
                 * @example Regional Manager
                 */
                title?: string | null;
                /**
                 * @description URL pointing to the location of a profile image
                 * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                 */
                image?: string | null;
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
            };
        };
        /** @enum {string} */
        ProfileEnum: "profile";
        ProfileHasCustomObjectCondition: {
            /** @enum {string} */
            type: "profile-has-custom-object";
            object_type_id: string;
            object_type_relationship_id: string;
            filter: components["schemas"]["IntegerFilter"];
            filters: components["schemas"]["ProfileHasCustomObjectFilter"][];
        };
        ProfileHasCustomObjectFilter: {
            property_id: number;
            filter: components["schemas"]["StringOperatorStringFilter"] | components["schemas"]["StringArrayOperatorStringArrayFilter"] | components["schemas"]["NumericOperatorNumericFilter"] | components["schemas"]["NumericRangeFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["ListContainsOperatorListContainsFilter"] | components["schemas"]["ListLengthFilter"] | components["schemas"]["ExistenceOperatorExistenceFilter"];
        };
        ProfileHasGroupMembershipCondition: {
            /** @enum {string} */
            type: "profile-group-membership";
            /** @enum {boolean} */
            is_member: true;
            group_ids: string[];
            timeframe_filter?: (components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeDateRangeFilter"]) | null;
        };
        ProfileImportJobCreateQuery: {
            data: components["schemas"]["ProfileImportJobCreateQueryResourceObject"];
        };
        ProfileImportJobCreateQueryResourceObject: {
            type: components["schemas"]["ProfileBulkImportJobEnum"];
            attributes: {
                /** @description Array of profiles to create or update */
                profiles: {
                    data: components["schemas"]["ProfileUpsertQueryResourceObject"][];
                };
            };
            relationships?: {
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /**
                         * @description Optional list to add the profiles to
                         * @example VRgFBd
                         */
                        id: string;
                    }[];
                };
            };
        };
        ProfileImportJobResponseObjectResource: {
            type: components["schemas"]["ProfileBulkImportJobEnum"];
            /** @description Unique identifier for retrieving the job. Generated by Klaviyo. */
            id: string;
            attributes: {
                /**
                 * @description Status of the asynchronous job.
                 * @example processing
                 * @enum {string}
                 */
                status: "cancelled" | "complete" | "processing" | "queued";
                /**
                 * Format: date-time
                 * @description The date and time the job was created in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created_at: string;
                /**
                 * @description The total number of operations to be processed by the job. See `completed_count` for the job's current progress.
                 * @example 10
                 */
                total_count: number;
                /**
                 * @description The total number of operations that have been completed by the job.
                 * @default 0
                 * @example 9
                 */
                completed_count?: number | null;
                /**
                 * @description The total number of operations that have failed as part of the job.
                 * @default 0
                 * @example 1
                 */
                failed_count?: number | null;
                /**
                 * Format: date-time
                 * @description Date and time the job was completed in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                completed_at?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time the job expires in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                expires_at?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time the job started processing in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
                 * @example 2022-11-08T00:00:00+00:00
                 */
                started_at?: string | null;
            };
            relationships?: {
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /** @description List to add the profiles to */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                profiles?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
                        /** @description IDs of the created/updated profiles */
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "import-errors"?: {
                    data?: {
                        type: components["schemas"]["ImportErrorEnum"];
                        /** @description Errors encountering during import */
                        id: string;
                    }[];
                    links?: components["schemas"]["OnlyRelatedLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        ProfileLocation: {
            /**
             * @description First line of street address
             * @example 89 E 42nd St
             */
            address1?: string | null;
            /**
             * @description Second line of street address
             * @example 1st floor
             */
            address2?: string | null;
            /**
             * @description City name
             * @example New York
             */
            city?: string | null;
            /**
             * @description Country name
             * @example United States
             */
            country?: string | null;
            /**
             * @description Latitude coordinate. We recommend providing a precision of four decimal places.
             * @example 40.7128
             */
            latitude?: (string | number) | null;
            /**
             * @description Longitude coordinate. We recommend providing a precision of four decimal places.
             * @example 74.0060
             */
            longitude?: (string | number) | null;
            /**
             * @description Region within a country, such as state or province
             * @example NY
             */
            region?: string | null;
            /**
             * @description Zip code
             * @example 10017
             */
            zip?: string | null;
            /**
             * @description Time zone name. We recommend using time zones from the IANA Time Zone Database.
             * @example America/New_York
             */
            timezone?: string | null;
            /**
             * @description IP Address
             * @example 127.0.0.1
             */
            ip?: string | null;
        };
        ProfileMarketingConsentCondition: {
            /** @enum {string} */
            type: "profile-marketing-consent";
            consent: components["schemas"]["HasEmailMarketingConsent"] | components["schemas"]["NoEmailMarketingConsent"] | components["schemas"]["HasSMSMarketingConsent"] | components["schemas"]["NoSMSMarketingConsent"] | components["schemas"]["HasPushMarketingConsent"] | components["schemas"]["NoPushMarketingConsent"];
        };
        /** @enum {string} */
        ProfileMergeEnum: "profile-merge";
        ProfileMergeQuery: {
            data: components["schemas"]["ProfileMergeQueryResourceObject"];
        };
        ProfileMergeQueryResourceObject: {
            type: components["schemas"]["ProfileMergeEnum"];
            /**
             * @description The ID of the destination profile to merge into
             * @example 01GDDKASAP8TKDDA2GRZDSVP4H
             */
            id: string;
            relationships: {
                profiles: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
                        /**
                         * @description The ID of a source profile to merge into the destination profile
                         * @example 01GDDKASAP8TKDDA2GRZDSVP4I
                         */
                        id: string;
                    }[];
                };
            };
        };
        ProfileMeta: {
            /**
             * @description Specify one or more patch operations to apply to existing property data
             * @example {
             *       "append": {
             *         "skus": "92538"
             *       }
             *     }
             */
            patch_properties?: components["schemas"]["ProfileMetaPatchProperties"];
            /**
             * @description Specify one or more patch operations to apply to existing identifier data. Currently only `email` is supported, and it is used to add or remove secondary email addresses on a profile.
             * @example {
             *       "append": {
             *         "email": [
             *           "example@test.com",
             *           "another@example.com"
             *         ]
             *       }
             *     }
             */
            patch_identifiers?: components["schemas"]["PatchIdentifiers"];
        };
        ProfileMetaPatchProperties: {
            /**
             * @description Append a simple value or values to this property array
             * @example {
             *       "skus": "92538"
             *     }
             */
            append?: Record<string, unknown> | null;
            /**
             * @description Remove a simple value or values from this property array
             * @example {
             *       "skus": "40571"
             *     }
             */
            unappend?: Record<string, unknown> | null;
            /**
             * @description Remove a key or keys (and their values) completely from properties
             * @example skus
             */
            unset?: (string | string[]) | null;
        };
        ProfileMetricFunnelSteps: {
            metric_exists: boolean;
            metric_id: string;
            metric_filters?: components["schemas"]["ProfileMetricPropertyFilter"][] | null;
        };
        ProfileMetricPropertyFilter: {
            property: string;
            filter?: (components["schemas"]["StringOperatorStringFilter"] | components["schemas"]["StringArrayOperatorStringArrayFilter"] | components["schemas"]["ExistenceOperatorExistenceFilter"] | components["schemas"]["ListSetFilter"] | components["schemas"]["ListLengthFilter"] | components["schemas"]["ListSubstringFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["NumericOperatorNumericFilter"]) | null;
        };
        ProfileModificationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "profile_modification";
        };
        ProfileNoGroupMembershipCondition: {
            /** @enum {string} */
            type: "profile-group-membership";
            /** @enum {boolean} */
            is_member: false;
            group_ids: string[];
        };
        ProfilePartialUpdateQuery: {
            data: components["schemas"]["ProfilePartialUpdateQueryResourceObject"];
        };
        ProfilePartialUpdateQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            /**
             * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
             * @example 01GDDKASAP8TKDDA2GRZDSVP4H
             */
            id: string;
            attributes: {
                /**
                 * @description Individual's email address
                 * @example sarah.mason@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description Individual's phone number in E.164 format
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                external_id?: string | null;
                /**
                 * @description Individual's first name
                 * @example Sarah
                 */
                first_name?: string | null;
                /**
                 * @description Individual's last name
                 * @example Mason
                 */
                last_name?: string | null;
                /**
                 * @description Name of the company or organization within the company for whom the individual works
                 * @example Example Corporation
                 */
                organization?: string | null;
                /**
                 * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                 * @example en-US
                 */
                locale?: string | null;
                /**
                 * @description Individual's job title
                 * @example Regional Manager
                 */
                title?: string | null;
                /**
                 * @description URL pointing to the location of a profile image
                 * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                 */
                image?: string | null;
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
            };
            meta?: components["schemas"]["ProfileMeta"];
        };
        ProfilePermissionsCondition: {
            /** @enum {string} */
            type: "profile-permissions";
            permission: components["schemas"]["ExplicitlyReachable"] | components["schemas"]["ImplicitlyReachable"] | components["schemas"]["ImplicitlyOrExplicitlyReachable"] | components["schemas"]["ExplicitlyUnreachable"] | components["schemas"]["ImplicitlyUnreachable"] | components["schemas"]["ImplicitlyOrExplicitlyUnreachable"];
            /**
             * @description Possible channels for profile permissions criterion.
             * @enum {string}
             */
            channel: "whatsapp_marketing" | "whatsapp_transactional";
        };
        ProfilePostalCodeDistanceCondition: {
            /** @enum {string} */
            type: "profile-postal-code-distance";
            country_code: string;
            postal_code: string;
            /**
             * @description Units for profile postal code distance conditions.
             * @enum {string}
             */
            unit: "kilometers" | "miles";
            filter: components["schemas"]["GreaterThanPositiveNumericFilter"] | components["schemas"]["LessThanPositiveNumericFilter"];
        };
        ProfilePredictiveAnalyticsChannelAffinityPriorityCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Possible dimension for channel affinity criterion.
             * @enum {string}
             */
            dimension: "channel_affinity";
            /** @enum {string} */
            measurement: "priority";
            /**
             * @description Possible channels in a channel affinity definition.
             * @enum {string}
             */
            predicted_channel: "email" | "push" | "sms" | "whatsapp";
            filter: components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityPriorityFilter"];
        };
        ProfilePredictiveAnalyticsChannelAffinityPriorityFilter: {
            /** @enum {string} */
            type: "numeric";
            /** @enum {string} */
            operator: "equals";
            value: number;
        };
        ProfilePredictiveAnalyticsChannelAffinityRankCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Possible dimension for channel affinity criterion.
             * @enum {string}
             */
            dimension: "channel_affinity";
            /** @enum {string} */
            measurement: "rank";
            /**
             * @description Possible channels in a channel affinity definition.
             * @enum {string}
             */
            predicted_channel: "email" | "push" | "sms" | "whatsapp";
            filter: components["schemas"]["ProfilePredictiveAnalyticsChannelAffinityRankFilter"];
        };
        ProfilePredictiveAnalyticsChannelAffinityRankFilter: {
            /** @enum {string} */
            type: "string";
            operator: "equals" | "not-equals";
            /**
             * @description Possible rank values in a channel affinity definition.
             * @enum {string}
             */
            value: "high" | "low" | "medium";
        };
        ProfilePredictiveAnalyticsDateCondition: {
            /**
             * @description Dimension for date profile predictive analytics conditions.
             * @enum {string}
             */
            dimension: "expected_date_of_next_purchase";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
            /** @enum {string} */
            type: "profile-predictive-analytics";
        };
        ProfilePredictiveAnalyticsNumericCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Dimensions for numeric profile predictive analytics conditions.
             * @enum {string}
             */
            dimension: "average_days_between_orders" | "average_order_value" | "churn_probability" | "historic_clv" | "historic_number_of_orders" | "predicted_clv" | "predicted_number_of_orders" | "total_clv";
            filter: components["schemas"]["NumericOperatorNumericFilter"];
        };
        ProfilePredictiveAnalyticsStringCondition: {
            /** @enum {string} */
            type: "profile-predictive-analytics";
            /**
             * @description Dimension for string profile predictive analytics conditions.
             * @enum {string}
             */
            dimension: "predicted_gender";
            filter: components["schemas"]["ProfilePredictiveAnalyticsStringFilter"];
        };
        ProfilePredictiveAnalyticsStringFilter: {
            /** @enum {string} */
            type: "string";
            operator: "equals" | "not-equals";
            /**
             * @description Values for profile predictive analytics gender conditions.
             * @enum {string}
             */
            value: "likely_female" | "likely_male" | "uncertain";
        };
        ProfilePropertyCondition: {
            /** @enum {string} */
            type: "profile-property";
            /**
             * @description The profile property to check. Use one of the well-known property names (e.g. `email`, `first_name`) or, for custom profile properties, the form `properties['property name']`.
             * @example properties['Favorite Color']
             */
            property: string;
            filter: components["schemas"]["StringOperatorStringFilter"] | components["schemas"]["StringArrayOperatorStringArrayFilter"] | components["schemas"]["StringPhoneOperatorStringArrayFilter"] | components["schemas"]["NumericOperatorNumericFilter"] | components["schemas"]["BooleanFilter"] | components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"] | components["schemas"]["ListContainsOperatorListContainsFilter"] | components["schemas"]["ListLengthFilter"] | components["schemas"]["ExistenceOperatorExistenceFilter"];
        };
        ProfileRegionCondition: {
            /** @enum {string} */
            type: "profile-region";
            in_region: boolean;
            /**
             * @description Regions for profile region conditions.
             * @enum {string}
             */
            region: "european_union" | "united_states";
        };
        ProfileResponseObjectResource: {
            type: components["schemas"]["ProfileEnum"];
            /**
             * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
             * @example 01GDDKASAP8TKDDA2GRZDSVP4H
             */
            id?: string | null;
            attributes: {
                /**
                 * @description Individual's email address
                 * @example sarah.mason@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description Individual's phone number in E.164 format
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                external_id?: string | null;
                /**
                 * @description Individual's first name
                 * @example Sarah
                 */
                first_name?: string | null;
                /**
                 * @description Individual's last name
                 * @example Mason
                 */
                last_name?: string | null;
                /**
                 * @description Name of the company or organization within the company for whom the individual works
                 * @example Example Corporation
                 */
                organization?: string | null;
                /**
                 * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                 * @example en-US
                 */
                locale?: string | null;
                /**
                 * @description Individual's job title
                 * @example Regional Manager
                 */
                title?: string | null;
                /**
                 * @description URL pointing to the location of a profile image
                 * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                 */
                image?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the profile was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the profile was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time of the most recent event the triggered an update to the profile, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                last_event_date?: string | null;
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
            };
            relationships?: {
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                segments?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "push-tokens"?: {
                    data?: {
                        type: components["schemas"]["PushTokenEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        ProfileResponsePluralConversationsObjectResource: {
            type: components["schemas"]["ProfileEnum"];
            /**
             * @description Primary key that uniquely identifies this profile. Generated by Klaviyo.
             * @example 01GDDKASAP8TKDDA2GRZDSVP4H
             */
            id?: string | null;
            attributes: {
                /**
                 * @description Individual's email address
                 * @example sarah.mason@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description Individual's phone number in E.164 format
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                external_id?: string | null;
                /**
                 * @description Individual's first name
                 * @example Sarah
                 */
                first_name?: string | null;
                /**
                 * @description Individual's last name
                 * @example Mason
                 */
                last_name?: string | null;
                /**
                 * @description Name of the company or organization within the company for whom the individual works
                 * @example Example Corporation
                 */
                organization?: string | null;
                /**
                 * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                 * @example en-US
                 */
                locale?: string | null;
                /**
                 * @description Individual's job title
                 * @example Regional Manager
                 */
                title?: string | null;
                /**
                 * @description URL pointing to the location of a profile image
                 * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                 */
                image?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the profile was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the profile was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time of the most recent event the triggered an update to the profile, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                last_event_date?: string | null;
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
            };
            relationships?: {
                lists?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                segments?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "push-tokens"?: {
                    data?: {
                        type: components["schemas"]["PushTokenEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                conversations?: {
                    data?: {
                        type: components["schemas"]["ConversationEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        /** @enum {string} */
        ProfileSubscriptionBulkCreateJobEnum: "profile-subscription-bulk-create-job";
        /** @enum {string} */
        ProfileSubscriptionBulkDeleteJobEnum: "profile-subscription-bulk-delete-job";
        ProfileSubscriptionCreateQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            /**
             * @description The ID of the profile to subscribe. If provided, this will be used to perform the lookup.
             * @example 01GDDKASAP8TKDDA2GRZDSVP4H
             */
            id?: string | null;
            attributes: {
                /**
                 * @description The email address relating to the email subscription included in `subscriptions`. If the email channel is omitted from `subscriptions`, this will be set on the profile.
                 * @example matt-kemp@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description The phone number relating to the SMS subscription included in `subscriptions`. If the SMS channel is omitted from `subscriptions`, this will be set on the profile. This must be in E.164 format.
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description Specifies the channel and message types that the profile will be consented to. */
                subscriptions: components["schemas"]["SubscriptionChannels"];
                /**
                 * Format: date
                 * @description The profile's date of birth. This field is required to update SMS consent for accounts using age-gating: https://help.klaviyo.com/hc/en-us/articles/17252552814875
                 */
                age_gated_date_of_birth?: string | null;
            };
        };
        ProfileSubscriptionDeleteQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            attributes: {
                /**
                 * @description The email address to unsubscribe.
                 * @example matt-kemp@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description The phone number to unsubscribe. This must be in E.164 format.
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description Specifies the channel and message types that the profile will have consent revoked from. */
                subscriptions: components["schemas"]["UnsubscriptionChannels"];
            };
        };
        /** @enum {string} */
        ProfileSuppressionBulkCreateJobEnum: "profile-suppression-bulk-create-job";
        /** @enum {string} */
        ProfileSuppressionBulkDeleteJobEnum: "profile-suppression-bulk-delete-job";
        ProfileSuppressionCreateQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            attributes: {
                /**
                 * @description The email of the profile to suppress.
                 * @example matt-kemp@klaviyo-demo.com
                 */
                email: string;
            };
        };
        ProfileSuppressionDeleteQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            attributes: {
                /**
                 * @description The email of the profile to unsuppress.
                 * @example matt-kemp@klaviyo-demo.com
                 */
                email: string;
            };
        };
        ProfileUpsertQuery: {
            data: components["schemas"]["ProfileUpsertQueryResourceObject"];
        };
        ProfileUpsertQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            /** @description Primary key that uniquely identifies this profile. Generated by Klaviyo. */
            id?: string | null;
            attributes: {
                /**
                 * @description Individual's email address
                 * @example sarah.mason@klaviyo-demo.com
                 */
                email?: string | null;
                /**
                 * @description Individual's phone number in E.164 format
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                external_id?: string | null;
                /**
                 * @description Also known as the `exchange_id`, this is an encrypted identifier used for identifying a
                 *     profile by Klaviyo's web tracking.
                 *
                 *     You can use this field as a filter when retrieving profiles via the Get Profiles endpoint.
                 */
                _kx?: string | null;
                /**
                 * @description Individual's first name
                 * @example Sarah
                 */
                first_name?: string | null;
                /**
                 * @description Individual's last name
                 * @example Mason
                 */
                last_name?: string | null;
                /**
                 * @description Name of the company or organization within the company for whom the individual works
                 * @example Example Corporation
                 */
                organization?: string | null;
                /**
                 * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                 * @example en-US
                 */
                locale?: string | null;
                /**
                 * @description Individual's job title
                 * @example Regional Manager
                 */
                title?: string | null;
                /**
                 * @description URL pointing to the location of a profile image
                 * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                 */
                image?: string | null;
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
            };
            meta?: components["schemas"]["ProfileMeta"];
        };
        ProvidedLandlineMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "provided_landline";
        };
        ProvidedNoAgeMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "provided_no_age";
        };
        PushChannel: {
            /** @description The mobile push marketing subscription. */
            marketing?: components["schemas"]["PushMarketing"];
        };
        PushMarketing: {
            /** @description Whether or not this profile is subscribed to receive mobile push. */
            can_receive_push_marketing: boolean;
            /**
             * @description The consent status for mobile push marketing.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when the consent was last changed, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
        };
        PushProfileUpsertQueryResourceObject: {
            type: components["schemas"]["ProfileEnum"];
            /** @description Primary key that uniquely identifies this profile. Generated by Klaviyo. */
            id?: string | null;
            attributes: {
                /**
                 * @description Individual's phone number in E.164 format
                 * @example +15005550006
                 */
                phone_number?: string | null;
                /** @description A unique identifier used by customers to associate Klaviyo profiles with profiles in an external system, such as a point-of-sale system. Format varies based on the external system. */
                external_id?: string | null;
                /**
                 * @description Also known as the `exchange_id`, this is an encrypted identifier used for identifying a
                 *     profile by Klaviyo's web tracking.
                 *
                 *     You can use this field as a filter when retrieving profiles via the Get Profiles endpoint.
                 */
                _kx?: string | null;
                /**
                 * @description Individual's first name
                 * @example Sarah
                 */
                first_name?: string | null;
                /**
                 * @description Individual's last name
                 * @example Mason
                 */
                last_name?: string | null;
                /**
                 * @description Name of the company or organization within the company for whom the individual works
                 * @example Example Corporation
                 */
                organization?: string | null;
                /**
                 * @description The locale of the profile, in the IETF BCP 47 language tag format like (ISO 639-1/2)-(ISO 3166 alpha-2)
                 * @example en-US
                 */
                locale?: string | null;
                /**
                 * @description Individual's job title
                 * @example Regional Manager
                 */
                title?: string | null;
                /**
                 * @description URL pointing to the location of a profile image
                 * @example https://images.pexels.com/photos/3760854/pexels-photo-3760854.jpeg
                 */
                image?: string | null;
                location?: components["schemas"]["ProfileLocation"];
                /**
                 * @description An object containing key/value pairs for any custom properties assigned to this profile
                 * @example {
                 *       "pseudonym": "Dr. Octopus"
                 *     }
                 */
                properties?: Record<string, unknown> | null;
                meta?: components["schemas"]["ProfileMeta"];
                /**
                 * @description Individual's email address
                 * @example sarah.mason@klaviyo-demo.com
                 */
                email?: string | null;
            };
        };
        PushSubscriptionParameters: {
            /** @description The parameters to subscribe to marketing on the "Push" channel. */
            marketing: components["schemas"]["SubscriptionParameters"];
            /** @description A list of push tokens to register for this profile. */
            tokens?: components["schemas"]["PushTokenEntry"][] | null;
            /** @description An anonymous identifier for push-only profiles with no email/phone. */
            anonymous_id?: string | null;
        };
        PushTokenCreateQuery: {
            data: components["schemas"]["PushTokenCreateQueryResourceObject"];
        };
        PushTokenCreateQueryResourceObject: {
            type: components["schemas"]["PushTokenEnum"];
            attributes: {
                /**
                 * @description A push token from APNS or FCM.
                 * @example 1234567890
                 */
                token: string;
                /**
                 * @description The platform on which the push token was created.
                 * @enum {string}
                 */
                platform: "android" | "ios";
                /**
                 * @description This is the enablement status for the individual push token.
                 * @default AUTHORIZED
                 * @example AUTHORIZED
                 * @enum {string|null}
                 */
                enablement_status?: "AUTHORIZED" | "DENIED" | "NOT_DETERMINED" | "PROVISIONAL" | "UNAUTHORIZED" | null;
                /**
                 * @description The vendor of the push token.
                 * @example apns
                 * @enum {string}
                 */
                vendor: "apns" | "fcm";
                /**
                 * @description The background state of the push token.
                 * @default AVAILABLE
                 * @example AVAILABLE
                 * @enum {string|null}
                 */
                background?: "AVAILABLE" | "DENIED" | "RESTRICTED" | null;
                /** @description Metadata about the device that created the push token */
                device_metadata?: components["schemas"]["DeviceMetadata"];
                /** @description The profile associated with the push token to create/update */
                profile: {
                    data: components["schemas"]["PushProfileUpsertQueryResourceObject"];
                };
            };
        };
        PushTokenDeviceMetadata: {
            /**
             * @description Relatively stable ID for the device. Will update on app uninstall and reinstall
             * @example 1234567890
             */
            device_id?: string | null;
            /**
             * @description The name of the SDK used to create the push token.
             * @example swift
             * @enum {string|null}
             */
            klaviyo_sdk?: "android" | "flutter" | "flutter_community" | "react_native" | "swift" | null;
            /**
             * @description The version of the SDK used to create the push token
             * @example 1.0.0
             */
            sdk_version?: string | null;
            /**
             * @description The model of the device
             * @example iPhone12,1
             */
            device_model?: string | null;
            /**
             * @description The name of the operating system on the device.
             * @example ios
             * @enum {string|null}
             */
            os_name?: "android" | "ios" | "ipados" | "macos" | "tvos" | null;
            /**
             * @description The version of the operating system on the device
             * @example 14.0
             */
            os_version?: string | null;
            /**
             * @description The manufacturer of the device
             * @example Apple
             */
            manufacturer?: string | null;
            /**
             * @description The name of the app that created the push token
             * @example Klaviyo
             */
            app_name?: string | null;
            /**
             * @description The version of the app that created the push token
             * @example 1.0.0
             */
            app_version?: string | null;
            /**
             * @description The build of the app that created the push token
             * @example 1
             */
            app_build?: string | null;
            /**
             * @description The ID of the app that created the push token
             * @example com.klaviyo.app
             */
            app_id?: string | null;
            /**
             * @description The environment in which the push token was created
             * @example release
             * @enum {string|null}
             */
            environment?: "debug" | "release" | null;
        };
        PushTokenEntry: {
            /**
             * @description A push token from APNS or FCM.
             * @example 1234567890abcdef
             */
            token: string;
            /**
             * @description The platform on which the push token was created. Either "ios" or "android".
             * @enum {string}
             */
            platform: "android" | "ios";
            /**
             * @description The vendor of the push token. Either "apns" or "fcm".
             * @example apns
             * @enum {string}
             */
            vendor: "apns" | "fcm";
            /**
             * @description The enablement status for the push token.
             * @example AUTHORIZED
             * @enum {string|null}
             */
            enablement_status?: "AUTHORIZED" | "DENIED" | "NOT_DETERMINED" | "PROVISIONAL" | "UNAUTHORIZED" | null;
            /**
             * @description The background state of the push token.
             * @example AVAILABLE
             * @enum {string|null}
             */
            background?: "AVAILABLE" | "DENIED" | "RESTRICTED" | null;
            /** @description Metadata about the device that created the push token. */
            device_metadata?: components["schemas"]["PushTokenDeviceMetadata"];
        };
        /** @enum {string} */
        PushTokenEnum: "push-token";
        PushTokenResponseObjectResource: {
            type: components["schemas"]["PushTokenEnum"];
            /** @description ID of push token */
            id: string;
            attributes: {
                /**
                 * Format: date-time
                 * @description The time at which the token was created
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created: string;
                /** @description The push token */
                token: string;
                /**
                 * @description The enablement status of the push token
                 * @enum {string}
                 */
                enablement_status: "AUTHORIZED" | "DENIED" | "NOT_DETERMINED" | "PROVISIONAL" | "UNAUTHORIZED";
                /**
                 * @description The platform of the push token('ios', 'android')
                 * @enum {string}
                 */
                platform: "android" | "ios";
                /** @description The vendor of the push token('APNs', 'FCM') */
                vendor: string;
                /** @description The background state of the push token */
                background: string;
                /** @description The date the push token was recorded */
                recorded_date: string;
                /** @description Metadata of device */
                metadata?: components["schemas"]["DeviceMetadata"];
            };
            relationships?: {
                profile?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
                        /** @description The profile associated with the push token */
                        id: string;
                    };
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        PushUnsubscriptionParameters: {
            /** @description The parameters to unsubscribe from marketing on the "Push" channel. */
            marketing: components["schemas"]["UnsubscriptionParameters"];
            /** @description A list of push tokens to unsubscribe/remove. */
            tokens: components["schemas"]["PushTokenEntry"][];
        };
        RecordedDateFilter: {
            /** @enum {string} */
            field: "recorded_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
        };
        RelationshipLinks: {
            /** Format: uri */
            self: string;
            /** Format: uri */
            related: string;
        };
        RelativeAnniversaryDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for relative date filters.
             *
             *     e.g. "anniversary in the last 10 days"
             * @enum {string}
             */
            operator: "anniversary-last" | "anniversary-next";
            /**
             * @description Units for relative date filters.
             * @enum {string}
             */
            unit: "day" | "hour" | "week";
            quantity: number;
        };
        RelativeDateOperatorBaseRelativeDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for relative date filters.
             *
             *     e.g. "in the last 10 days"
             * @enum {string}
             */
            operator: "at-least" | "in-the-last" | "in-the-next";
            /**
             * @description Units for relative date filters.
             * @enum {string}
             */
            unit: "day" | "hour" | "week";
            quantity: number;
        };
        RelativeDateRangeFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for relative date range filters.
             *
             *     e.g. "between 10 and 20 days ago"
             * @enum {string}
             */
            operator: "between";
            start: number;
            end: number;
            /**
             * @description Units for relative date filters.
             * @enum {string}
             */
            unit: "day" | "hour" | "week";
        };
        /** @description Response-level metadata */
        ResponseMeta: {
            agent_hints?: components["schemas"]["AgentHints"];
        };
        SMSChannel: {
            /** @description The SMS marketing subscription. */
            marketing?: components["schemas"]["SMSMarketing"];
            /** @description The SMS transactional subscription. */
            transactional?: components["schemas"]["SMSTransactional"];
        };
        SMSMarketing: {
            /** @description Whether or not this profile is subscribed to receive SMS marketing. */
            can_receive_sms_marketing: boolean;
            /**
             * @description The consent status for SMS marketing.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for SMS marketing, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * @description The method by which the profile was subscribed to SMS marketing.
             * @example TEXT
             */
            method?: string | null;
            /**
             * @description Additional details about the method which the profile was subscribed to SMS marketing. This may be empty if no details were provided.
             * @default
             * @example JOIN
             */
            method_detail?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the SMS consent record was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
        };
        SMSSubscriptionParameters: {
            /** @description The parameters to subscribe to marketing on the "SMS" Channel. */
            marketing?: components["schemas"]["SubscriptionParameters"];
            /** @description The parameters to subscribe to transactional messaging on the "SMS" Channel. */
            transactional?: components["schemas"]["SubscriptionParameters"];
        };
        SMSTransactional: {
            /** @description Whether or not this profile is subscribed to receive transactional SMS. */
            can_receive_sms_transactional: boolean;
            /**
             * @description The consent status for SMS Transactional.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for Transactional SMS messaging , in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * @description The method by which the profile was subscribed to Transactional SMS messaging .
             * @example TEXT
             */
            method?: string | null;
            /**
             * @description Additional details about the method which the profile was subscribed to Transactional SMS messaging. This may be empty if no details were provided.
             * @default
             * @example JOIN
             */
            method_detail?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the SMS consent record was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
        };
        SMSUnsubscriptionParameters: {
            /** @description The parameters to unsubscribe from marketing on the "SMS" channel. */
            marketing?: components["schemas"]["UnsubscriptionParameters"];
            /** @description The parameters to unsubscribe from transactional messaging on the "SMS" channel. */
            transactional?: components["schemas"]["UnsubscriptionParameters"];
        };
        SegmentDefinition: {
            condition_groups: components["schemas"]["ConditionGroup"][];
        };
        /** @enum {string} */
        SegmentEnum: "segment";
        SegmentResponseObjectResource: {
            type: components["schemas"]["SegmentEnum"];
            id: string;
            attributes: {
                /**
                 * @description A helpful name to label the segment
                 * @example Repeat Purchasers
                 */
                name?: string | null;
                definition?: components["schemas"]["SegmentDefinition"];
                /**
                 * Format: date-time
                 * @description Date and time when the segment was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                created?: string | null;
                /**
                 * Format: date-time
                 * @description Date and time when the segment was last updated, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm)
                 * @example 2022-11-08T00:00:00+00:00
                 */
                updated?: string | null;
                /** @description Whether the segment is active. Inactive segments are not processed and their membership does not update. */
                is_active: boolean;
                is_processing: boolean;
                is_starred: boolean;
            };
            relationships?: {
                profiles?: {
                    data?: {
                        type: components["schemas"]["ProfileEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                tags?: {
                    data?: {
                        type: components["schemas"]["TagEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
                "flow-triggers"?: {
                    data?: {
                        type: components["schemas"]["FlowEnum"];
                        id: string;
                    }[];
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links: components["schemas"]["ObjectLinks"];
        };
        SegmentsProfileMetricCondition: {
            /** @enum {string} */
            type: "profile-metric";
            metric_id: string;
            /**
             * @description Measurements for profile metrics.
             * @enum {string}
             */
            measurement: "count" | "sum";
            measurement_filter: components["schemas"]["NumericOperatorNumericFilter"];
            timeframe_filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["AlltimeDateFilter"];
            metric_filters?: components["schemas"]["ProfileMetricPropertyFilter"][] | null;
        };
        SegmentsProfileMetricFunnelCondition: {
            /** @enum {string} */
            type: "profile-metric-funnel";
            timeframe_filter: components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"];
            /**
             * @description Allowed completion window durations for funnel conditions (in
             *         seconds).
             * @enum {string|null}
             */
            completion_window_seconds?: "DAYS_1" | "DAYS_180" | "DAYS_3" | "DAYS_30" | "DAYS_5" | "DAYS_90" | "HOURS_1" | "WEEKS_1" | "YEARS_1" | null;
            steps: components["schemas"]["ProfileMetricFunnelSteps"][];
        };
        SftpMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "sftp";
        };
        ShopifyIntegrationFilter: {
            /** @enum {string} */
            type: "string";
            /** @enum {string} */
            operator: "in";
            value: "shopify"[];
        };
        ShopifyIntegrationMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "integration";
            filter: components["schemas"]["ShopifyIntegrationFilter"];
        };
        SpamComplaintMethodFilter: {
            /** @enum {string} */
            field: "method";
            /** @enum {string} */
            method: "spam_complaint";
        };
        StaticDateFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for static date filters.
             *
             *     E.g. "before 2023-01-01"
             * @enum {string}
             */
            operator: "after" | "before";
            /**
             * Format: date-time
             * @example 2022-11-08T00:00:00+00:00
             */
            date: string;
        };
        StaticDateRangeFilter: {
            /** @enum {string} */
            type: "date";
            /**
             * @description Operators for static date range filters.
             *
             *     E.g. "between 2023-01-01 and 2023-02-01"
             * @enum {string}
             */
            operator: "between-static";
            /**
             * Format: date-time
             * @example 2022-11-08T00:00:00+00:00
             */
            start: string;
            /**
             * Format: date-time
             * @example 2022-11-08T00:00:00+00:00
             */
            end: string;
        };
        StatusDateFilter: {
            /** @enum {string} */
            field: "status_date";
            filter: components["schemas"]["StaticDateFilter"] | components["schemas"]["StaticDateRangeFilter"] | components["schemas"]["RelativeDateOperatorBaseRelativeDateFilter"] | components["schemas"]["RelativeAnniversaryDateFilter"] | components["schemas"]["RelativeDateRangeFilter"] | components["schemas"]["CalendarDateFilter"] | components["schemas"]["AnniversaryDateFilter"];
        };
        StringArrayOperatorStringArrayFilter: {
            /** @enum {string} */
            type: "string";
            /**
             * @description Operators for string-in-array filters.
             * @enum {string}
             */
            operator: "in" | "not-in";
            value: string[];
        };
        StringOperatorStringFilter: {
            /** @enum {string} */
            type: "string";
            /**
             * @description Operators for string filters.
             * @enum {string}
             */
            operator: "contains" | "ends-with" | "equals" | "not-contains" | "not-ends-with" | "not-equals" | "not-starts-with" | "nregex" | "regex" | "starts-with";
            value: string | null;
        };
        StringPhoneOperatorStringArrayFilter: {
            /** @enum {string} */
            type: "string";
            /**
             * @description Operators for phone string array filters.
             *
             *     Example condition using this filter:
             *             {
             *                 "type": "profile-property",
             *                 "field": "phone",
             *                 "filter": {
             *                     "type": "string",
             *                     "operator": "phone-country-code-in",
             *                     "value": ["US", "GB"]
             *                 }
             *             }
             * @enum {string}
             */
            operator: "phone-country-code-in" | "phone-country-code-not-in";
            value: string[];
        };
        SubscribedSMSIsRcsCapableFilter: {
            /** @enum {string} */
            field: "is_rcs_capable";
            filter: components["schemas"]["BooleanFilter"];
        };
        SubscriptionChannels: {
            /** @description The subscription parameters to subscribe to on the "EMAIL" Channel. */
            email?: components["schemas"]["EmailSubscriptionParameters"];
            /** @description The subscription parameters to subscribe to on the "SMS" Channel. */
            sms?: components["schemas"]["SMSSubscriptionParameters"];
            /** @description The subscription parameters to subscribe to on the "WhatsApp" Channel. */
            whatsapp?: components["schemas"]["WhatsAppSubscriptionParameters"];
            /** @description The subscription parameters to subscribe to on the "Push" Channel. */
            push?: components["schemas"]["PushSubscriptionParameters"];
        };
        SubscriptionCreateJobCreateQuery: {
            data: components["schemas"]["SubscriptionCreateJobCreateQueryResourceObject"];
        };
        SubscriptionCreateJobCreateQueryResourceObject: {
            type: components["schemas"]["ProfileSubscriptionBulkCreateJobEnum"];
            attributes: {
                /**
                 * @description A custom method detail or source to store on the consent records.
                 * @example Marketing Event
                 */
                custom_source?: string | null;
                /** @description The profile(s) to subscribe */
                profiles: {
                    data: components["schemas"]["ProfileSubscriptionCreateQueryResourceObject"][];
                };
                /**
                 * @description Whether this subscription is part of a historical import. If true, the consented_at field must be provided for each profile.
                 * @default false
                 */
                historical_import?: boolean | null;
            };
            relationships?: {
                list?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /**
                         * @description The list to add the newly subscribed profiles to
                         * @example Y6nRLr
                         */
                        id: string;
                    };
                };
            };
        };
        SubscriptionDeleteJobCreateQuery: {
            data: components["schemas"]["SubscriptionDeleteJobCreateQueryResourceObject"];
        };
        SubscriptionDeleteJobCreateQueryResourceObject: {
            type: components["schemas"]["ProfileSubscriptionBulkDeleteJobEnum"];
            attributes: {
                /** @description The profile(s) to unsubscribe */
                profiles: {
                    data: components["schemas"]["ProfileSubscriptionDeleteQueryResourceObject"][];
                };
            };
            relationships?: {
                list?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /**
                         * @description The list to remove the profiles from
                         * @example Y6nRLr
                         */
                        id: string;
                    };
                };
            };
        };
        SubscriptionParameters: {
            /**
             * @description The Consent status to be set as part of the subscribe call. Currently supports "SUBSCRIBED".
             * @example SUBSCRIBED
             * @enum {string}
             */
            consent: "SUBSCRIBED";
            /**
             * Format: date-time
             * @description The timestamp of when the profile's consent was gathered. This should only be used when syncing over historical consent info to Klaviyo; if the `historical_import` flag is not included, providing any value for this field will raise an error.
             */
            consented_at?: string | null;
        };
        Subscriptions: {
            /** @description The email channel subscription. */
            email?: components["schemas"]["EmailChannel"];
            /** @description The SMS channel subscription. */
            sms?: components["schemas"]["SMSChannel"];
            /** @description The mobile push channel subscription. */
            mobile_push?: components["schemas"]["PushChannel"];
            /** @description The whatsapp channel subscription. */
            whatsapp?: components["schemas"]["WhatsappChannel"];
        };
        SuppressionCreateJobCreateQuery: {
            data: components["schemas"]["SuppressionCreateJobCreateQueryResourceObject"];
        };
        SuppressionCreateJobCreateQueryResourceObject: {
            type: components["schemas"]["ProfileSuppressionBulkCreateJobEnum"];
            attributes: {
                /** @description The profile(s) to create suppressions for. */
                profiles?: {
                    data: components["schemas"]["ProfileSuppressionCreateQueryResourceObject"][];
                } | null;
            };
            relationships?: {
                list?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /**
                         * @description Suppress all profiles in this list
                         * @example Y6nRLr
                         */
                        id: string;
                    };
                };
                segment?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        /**
                         * @description Suppress all profiles in this segment
                         * @example Y6nRLr
                         */
                        id: string;
                    };
                };
            };
        };
        SuppressionDeleteJobCreateQuery: {
            data: components["schemas"]["SuppressionDeleteJobCreateQueryResourceObject"];
        };
        SuppressionDeleteJobCreateQueryResourceObject: {
            type: components["schemas"]["ProfileSuppressionBulkDeleteJobEnum"];
            attributes: {
                /** @description The profile(s) to remove suppressions for. */
                profiles?: {
                    data: components["schemas"]["ProfileSuppressionDeleteQueryResourceObject"][];
                } | null;
            };
            relationships?: {
                list?: {
                    data?: {
                        type: components["schemas"]["ListEnum"];
                        /**
                         * @description The list to pull the profiles to remove suppressions from
                         * @example Y6nRLr
                         */
                        id: string;
                    };
                };
                segment?: {
                    data?: {
                        type: components["schemas"]["SegmentEnum"];
                        /**
                         * @description The segment to pull the profiles to remove suppressions from
                         * @example Y6nRLr
                         */
                        id: string;
                    };
                };
            };
        };
        /** @enum {string} */
        TagEnum: "tag";
        UnsubscriptionChannels: {
            /** @description The subscription parameters to unsubscribe from the "EMAIL" Channel. */
            email?: components["schemas"]["EmailUnsubscriptionParameters"];
            /** @description The subscription parameters to unsubscribe from the "SMS" Channel. */
            sms?: components["schemas"]["SMSUnsubscriptionParameters"];
            /** @description The subscription parameters to unsubscribe from the "WhatsApp" Channel. */
            whatsapp?: components["schemas"]["WhatsAppUnsubscriptionParameters"];
            /** @description The subscription parameters to unsubscribe from the "Push" Channel. */
            push?: components["schemas"]["PushUnsubscriptionParameters"];
        };
        UnsubscriptionParameters: {
            /**
             * @description The Consent status to be set as part of the unsubscribe call. Currently supports "UNSUBSCRIBED".
             * @example UNSUBSCRIBED
             * @enum {string}
             */
            consent: "UNSUBSCRIBED";
        };
        WhatsAppSubscriptionParameters: {
            /** @description The parameters to subscribe to marketing on the "WhatsApp" Channel. */
            marketing?: components["schemas"]["SubscriptionParameters"];
            /** @description The parameters to subscribe to transactional messaging on the "WhatsApp" Channel. */
            transactional?: components["schemas"]["SubscriptionParameters"];
        };
        WhatsAppUnsubscriptionParameters: {
            /** @description The parameters to unsubscribe from marketing on the "WhatsApp" channel. */
            marketing?: components["schemas"]["UnsubscriptionParameters"];
            /** @description The parameters to unsubscribe from transactional messaging on the "WhatsApp" channel. */
            transactional?: components["schemas"]["UnsubscriptionParameters"];
            /** @description The parameters to unsubscribe from conversational messaging on the "WhatsApp" channel. */
            conversational?: components["schemas"]["UnsubscriptionParameters"];
        };
        WhatsappChannel: {
            /** @description The Whatsapp marketing subscription. */
            marketing?: components["schemas"]["WhatsappMarketingChannel"];
            /** @description The Whatsapp transactional subscription. */
            transactional?: components["schemas"]["WhatsappTransactionalChannel"];
            /** @description The Whatsapp conversational subscription. */
            conversational?: components["schemas"]["WhatsappConversationalChannel"];
        };
        WhatsappConversationalChannel: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
            /** @description Phone number to which the consent was granted for. */
            phone_number?: string | null;
        };
        WhatsappMarketingChannel: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
            /** @description Phone number to which the consent was granted for. */
            phone_number?: string | null;
        };
        WhatsappTransactionalChannel: {
            /**
             * @description The consent status for the channel.
             * @example SUBSCRIBED
             */
            consent: string;
            /**
             * Format: date-time
             * @description The timestamp when consent was recorded or updated for the channel, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            consent_timestamp?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was last modified, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            last_updated?: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the channel was created, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2023-02-21T20:07:38+00:00
             */
            created_timestamp?: string | null;
            /** @description Channel-specific metadata containing additional information about the permission. */
            metadata?: Record<string, unknown> | null;
            /** @description Whether the profile can receive messages on this channel. */
            can_receive: boolean;
            /**
             * Format: date-time
             * @description Optional expiration date for the permission, in ISO 8601 format (YYYY-MM-DDTHH:MM:SS.mmmmmm).
             * @example 2024-02-21T20:07:38+00:00
             */
            valid_until?: string | null;
            /** @description Phone number to which the consent was granted for. */
            phone_number?: string | null;
        };
    };
    responses: {
        /** @description Client Error */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": {
                    errors: {
                        id: string;
                        code: string;
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                        };
                    }[];
                };
            };
        };
        /** @description Server Error */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": {
                    errors: {
                        id: string;
                        code: string;
                        title: string;
                        detail: string;
                        source?: {
                            pointer?: string;
                            parameter?: string;
                        };
                    }[];
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_profiles: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[conversation]"?: ("channel" | "id")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[push-token]"?: ("background" | "created" | "enablement_status" | "id" | "metadata" | "metadata.app_build" | "metadata.app_id" | "metadata.app_name" | "metadata.app_version" | "metadata.device_id" | "metadata.device_model" | "metadata.environment" | "metadata.klaviyo_sdk" | "metadata.manufacturer" | "metadata.os_name" | "metadata.os_version" | "metadata.sdk_version" | "platform" | "recorded_date" | "token" | "vendor")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`id`: `any`, `equals`<br>`email`: `any`, `equals`<br>`phone_number`: `any`, `equals`<br>`external_id`: `any`, `equals`<br>`_kx`: `equals`<br>`created`: `greater-than`, `less-than`<br>`updated`: `greater-than`, `less-than`<br>`subscriptions.email.marketing.list_suppressions.reason`: `equals`<br>`subscriptions.email.marketing.list_suppressions.timestamp`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than`<br>`subscriptions.email.marketing.list_suppressions.list_id`: `equals`<br>`subscriptions.email.marketing.suppression.reason`: `equals`<br>`subscriptions.email.marketing.suppression.timestamp`: `greater-or-equal`, `greater-than`, `less-or-equal`, `less-than` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("conversations" | "push-tokens")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "created" | "-created" | "email" | "-email" | "id" | "-id" | "subscriptions.email.marketing.list_suppressions.timestamp" | "-subscriptions.email.marketing.list_suppressions.timestamp" | "subscriptions.email.marketing.suppression.timestamp" | "-subscriptions.email.marketing.suppression.timestamp" | "updated" | "-updated";
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileResponsePluralConversationsCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_profile: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ProfileCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostProfileResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[conversation]"?: ("channel" | "id")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[push-token]"?: ("background" | "created" | "enablement_status" | "id" | "metadata" | "metadata.app_build" | "metadata.app_id" | "metadata.app_name" | "metadata.app_version" | "metadata.device_id" | "metadata.device_model" | "metadata.environment" | "metadata.klaviyo_sdk" | "metadata.manufacturer" | "metadata.os_name" | "metadata.os_version" | "metadata.sdk_version" | "platform" | "recorded_date" | "token" | "vendor")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[segment]"?: ("created" | "definition" | "definition.condition_groups" | "id" | "is_active" | "is_processing" | "is_starred" | "name" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: ("conversations" | "lists" | "push-tokens" | "segments")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileResponsePluralConversationsCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    update_profile: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description Primary key that uniquely identifies this profile. Generated by Klaviyo. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ProfilePartialUpdateQuery"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PatchProfileResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_bulk_import_profiles_jobs: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-bulk-import-job]"?: ("completed_at" | "completed_count" | "created_at" | "expires_at" | "failed_count" | "id" | "started_at" | "status" | "total_count")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`status`: `any`, `equals` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "created_at" | "-created_at";
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileImportJobResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulk_import_profiles: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-bulk-import-job]"?: ("completed_at" | "completed_count" | "created_at" | "expires_at" | "failed_count" | "id" | "started_at" | "status" | "total_count")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ProfileImportJobCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostProfileImportJobResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_bulk_import_profiles_job: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-bulk-import-job]"?: ("completed_at" | "completed_count" | "created_at" | "expires_at" | "failed_count" | "id" | "started_at" | "status" | "total_count")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "lists"[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description ID of the job to retrieve. */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileImportJobResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_bulk_suppress_profiles_jobs: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-suppression-bulk-create-job]"?: ("completed_at" | "completed_count" | "created_at" | "id" | "skipped_count" | "status" | "total_count")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`status`: `equals`<br>`list_id`: `equals`<br>`segment_id`: `equals` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "created" | "-created";
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetBulkProfileSuppressionsCreateJobResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulk_suppress_profiles: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-suppression-bulk-create-job]"?: ("completed_at" | "completed_count" | "created_at" | "id" | "skipped_count" | "status" | "total_count")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Suppresses one or more profiles from receiving marketing. Currently, supports email only. If a profile is not found with the given email, one will be created and immediately suppressed. */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["SuppressionCreateJobCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostBulkProfileSuppressionsCreateJobResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_bulk_suppress_profiles_job: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-suppression-bulk-create-job]"?: ("completed_at" | "completed_count" | "created_at" | "id" | "skipped_count" | "status" | "total_count")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description ID of the job to retrieve. */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetBulkProfileSuppressionsCreateJobResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_bulk_unsuppress_profiles_jobs: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-suppression-bulk-delete-job]"?: ("completed_at" | "completed_count" | "created_at" | "id" | "skipped_count" | "status" | "total_count")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`status`: `equals`<br>`list_id`: `equals`<br>`segment_id`: `equals` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sorting */
                sort?: "created" | "-created";
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetBulkProfileSuppressionsRemoveJobResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulk_unsuppress_profiles: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-suppression-bulk-delete-job]"?: ("completed_at" | "completed_count" | "created_at" | "id" | "skipped_count" | "status" | "total_count")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description Unsuppresses one or more profiles from receiving marketing. Currently, supports email only. If a profile is not
         *     found with the given email, no action will be taken.
         */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["SuppressionDeleteJobCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostBulkProfileSuppressionsRemoveJobResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_bulk_unsuppress_profiles_job: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile-suppression-bulk-delete-job]"?: ("completed_at" | "completed_count" | "created_at" | "id" | "skipped_count" | "status" | "total_count")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description ID of the job to retrieve. */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetBulkProfileSuppressionsRemoveJobResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_push_tokens: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "properties" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[push-token]"?: ("background" | "created" | "enablement_status" | "id" | "metadata" | "metadata.app_build" | "metadata.app_id" | "metadata.app_name" | "metadata.app_version" | "metadata.device_id" | "metadata.device_model" | "metadata.environment" | "metadata.klaviyo_sdk" | "metadata.manufacturer" | "metadata.os_name" | "metadata.os_version" | "metadata.sdk_version" | "platform" | "recorded_date" | "token" | "vendor")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#filtering<br>Allowed field(s)/operator(s):<br>`id`: `equals`<br>`profile.id`: `equals`<br>`enablement_status`: `equals`<br>`platform`: `equals` */
                filter?: string;
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "profile"[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetPushTokenResponseCollectionCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_push_token: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["PushTokenCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_push_token: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "properties" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[push-token]"?: ("background" | "created" | "enablement_status" | "id" | "metadata" | "metadata.app_build" | "metadata.app_id" | "metadata.app_name" | "metadata.app_version" | "metadata.device_id" | "metadata.device_model" | "metadata.environment" | "metadata.klaviyo_sdk" | "metadata.manufacturer" | "metadata.os_name" | "metadata.os_version" | "metadata.sdk_version" | "platform" | "recorded_date" | "token" | "vendor")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#relationships */
                include?: "profile"[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The value of the push token */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetPushTokenResponseCompoundDocument"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    delete_push_token: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The value of the push token to delete */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    create_or_update_profile: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ProfileUpsertQuery"];
            };
        };
        responses: {
            /** @description Profile Updated Successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostProfileResponse"];
                };
            };
            /** @description Profile Created Successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostProfileResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    merge_profiles: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: "id"[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["ProfileMergeQuery"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["PostProfileMergeResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulk_subscribe_profiles: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description Subscribes one or more profiles to marketing, with support for push channel and push tokens.
         *     All profiles will be added to the provided list. Either email or phone number is required.
         *     Both may be specified to subscribe to both channels. If a profile cannot be found matching
         *     the given identifier(s), a new profile will be created and then subscribed.
         */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["SubscriptionCreateJobCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulk_unsubscribe_profiles: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description Unsubscribes one or more profiles from marketing. Supports email, SMS, WhatsApp, and push channels. All profiles will be removed from the provided list.
         *     Either email or phone number is required for email/SMS/WhatsApp channels. Push tokens can be removed by providing token strings directly.
         *     If a profile cannot be found matching the given identifier(s), a new profile will be created and then unsubscribed.
         */
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["SubscriptionDeleteJobCreateQuery"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_push_tokens_for_profile: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[push-token]"?: ("background" | "created" | "enablement_status" | "id" | "metadata" | "metadata.app_build" | "metadata.app_id" | "metadata.app_name" | "metadata.app_version" | "metadata.device_id" | "metadata.device_model" | "metadata.environment" | "metadata.klaviyo_sdk" | "metadata.manufacturer" | "metadata.os_name" | "metadata.os_version" | "metadata.sdk_version" | "platform" | "recorded_date" | "token" | "vendor")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetPushTokenResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_push_token_ids_for_profile: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfilePushTokensRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_lists_for_profile: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetListResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_list_ids_for_profile: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileListsRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_segments_for_profile: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[segment]"?: ("created" | "definition" | "definition.condition_groups" | "id" | "is_active" | "is_processing" | "is_starred" | "name" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetSegmentResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_segment_ids_for_profile: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileSegmentsRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_conversation_for_profile: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[conversation]"?: ("channel" | "id")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetConversationResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_conversation_id_for_profile: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileConversationRelationshipResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_conversations_for_profile: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[conversation]"?: ("channel" | "id")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetConversationResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_conversation_ids_for_profile: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileConversationsRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_list_for_bulk_import_profiles_job: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[list]"?: ("created" | "id" | "name" | "opt_in_process" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetListResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_list_ids_for_bulk_import_profiles_job: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileBulkImportJobListsRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profiles_for_bulk_import_profiles_job: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile_ids_for_bulk_import_profiles_job: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileBulkImportJobProfilesRelationshipsResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_errors_for_bulk_import_profiles_job: {
        parameters: {
            query?: {
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[import-error]"?: ("code" | "detail" | "id" | "original_payload" | "source" | "source.pointer" | "title")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#pagination */
                "page[cursor]"?: string;
                /** @description Default: 20. Min: 1. Max: 100. */
                "page[size]"?: number;
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetImportErrorResponseCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile_for_push_token: {
        parameters: {
            query?: {
                /** @description Request additional fields not included by default in the response. Supported values: 'subscriptions', 'predictive_analytics' */
                "additional-fields[profile]"?: ("subscriptions" | "predictive_analytics")[];
                /** @description For more information please visit https://developers.klaviyo.com/en/v2026-07-15/reference/api-overview#sparse-fieldsets */
                "fields[profile]"?: ("created" | "email" | "external_id" | "first_name" | "id" | "image" | "last_event_date" | "last_name" | "locale" | "location" | "location.address1" | "location.address2" | "location.city" | "location.country" | "location.ip" | "location.latitude" | "location.longitude" | "location.region" | "location.timezone" | "location.zip" | "organization" | "phone_number" | "predictive_analytics" | "predictive_analytics.average_days_between_orders" | "predictive_analytics.average_order_value" | "predictive_analytics.churn_probability" | "predictive_analytics.expected_date_of_next_order" | "predictive_analytics.historic_clv" | "predictive_analytics.historic_number_of_orders" | "predictive_analytics.predicted_clv" | "predictive_analytics.predicted_number_of_orders" | "predictive_analytics.ranked_channel_affinity" | "predictive_analytics.total_clv" | "properties" | "subscriptions" | "subscriptions.email" | "subscriptions.email.marketing" | "subscriptions.email.marketing.can_receive_email_marketing" | "subscriptions.email.marketing.consent" | "subscriptions.email.marketing.consent_timestamp" | "subscriptions.email.marketing.custom_method_detail" | "subscriptions.email.marketing.double_optin" | "subscriptions.email.marketing.last_updated" | "subscriptions.email.marketing.list_suppressions" | "subscriptions.email.marketing.method" | "subscriptions.email.marketing.method_detail" | "subscriptions.email.marketing.suppression" | "subscriptions.email.open_tracking" | "subscriptions.email.open_tracking.can_receive" | "subscriptions.email.open_tracking.consent" | "subscriptions.email.open_tracking.consent_timestamp" | "subscriptions.email.open_tracking.created_timestamp" | "subscriptions.email.open_tracking.last_updated" | "subscriptions.email.open_tracking.metadata" | "subscriptions.email.open_tracking.valid_until" | "subscriptions.mobile_push" | "subscriptions.mobile_push.marketing" | "subscriptions.mobile_push.marketing.can_receive_push_marketing" | "subscriptions.mobile_push.marketing.consent" | "subscriptions.mobile_push.marketing.consent_timestamp" | "subscriptions.sms" | "subscriptions.sms.marketing" | "subscriptions.sms.marketing.can_receive_sms_marketing" | "subscriptions.sms.marketing.consent" | "subscriptions.sms.marketing.consent_timestamp" | "subscriptions.sms.marketing.last_updated" | "subscriptions.sms.marketing.method" | "subscriptions.sms.marketing.method_detail" | "subscriptions.sms.transactional" | "subscriptions.sms.transactional.can_receive_sms_transactional" | "subscriptions.sms.transactional.consent" | "subscriptions.sms.transactional.consent_timestamp" | "subscriptions.sms.transactional.last_updated" | "subscriptions.sms.transactional.method" | "subscriptions.sms.transactional.method_detail" | "subscriptions.whatsapp" | "subscriptions.whatsapp.conversational" | "subscriptions.whatsapp.conversational.can_receive" | "subscriptions.whatsapp.conversational.consent" | "subscriptions.whatsapp.conversational.consent_timestamp" | "subscriptions.whatsapp.conversational.created_timestamp" | "subscriptions.whatsapp.conversational.last_updated" | "subscriptions.whatsapp.conversational.metadata" | "subscriptions.whatsapp.conversational.phone_number" | "subscriptions.whatsapp.conversational.valid_until" | "subscriptions.whatsapp.marketing" | "subscriptions.whatsapp.marketing.can_receive" | "subscriptions.whatsapp.marketing.consent" | "subscriptions.whatsapp.marketing.consent_timestamp" | "subscriptions.whatsapp.marketing.created_timestamp" | "subscriptions.whatsapp.marketing.last_updated" | "subscriptions.whatsapp.marketing.metadata" | "subscriptions.whatsapp.marketing.phone_number" | "subscriptions.whatsapp.marketing.valid_until" | "subscriptions.whatsapp.transactional" | "subscriptions.whatsapp.transactional.can_receive" | "subscriptions.whatsapp.transactional.consent" | "subscriptions.whatsapp.transactional.consent_timestamp" | "subscriptions.whatsapp.transactional.created_timestamp" | "subscriptions.whatsapp.transactional.last_updated" | "subscriptions.whatsapp.transactional.metadata" | "subscriptions.whatsapp.transactional.phone_number" | "subscriptions.whatsapp.transactional.valid_until" | "title" | "updated")[];
            };
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The value of the push token */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetProfileResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    get_profile_id_for_push_token: {
        parameters: {
            query?: never;
            header: {
                /** @description API endpoint revision (format: YYYY-MM-DD[.suffix]) */
                revision: string;
            };
            path: {
                /** @description The value of the push token */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["GetPushTokenProfileRelationshipResponse"];
                };
            };
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
