// Generated from the server's OpenAPI document by `make client`: do not edit.
// Mission Control 0.1.0

export interface paths {
    "/api/v1/agents/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agents Me
         * @description The calling key's agent and org.
         */
        get: operations["agents_me_api_v1_agents_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Exchange email and password for the session and CSRF cookies (429 after too many
         *     attempts from one address, or too many failures for one account).
         */
        post: operations["login_api_v1_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description End this session.
         */
        post: operations["logout_api_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout All
         * @description End every session of this user, on every device.
         */
        post: operations["logout_all_api_v1_auth_logout_all_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Oidc Callback
         * @description The provider sends the browser back here; we sign the user in and redirect on.
         */
        get: operations["oidc_callback_api_v1_auth_oidc__provider__callback_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{provider}/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Oidc Login
         * @description Start signing in with an OpenID Connect provider (redirects to it).
         */
        get: operations["oidc_login_api_v1_auth_oidc__provider__login_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Providers
         * @description Public: the configured single sign-on providers, for the sign-in page's buttons.
         */
        get: operations["list_providers_api_v1_auth_providers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signup
         * @description Create an account (multi-tenant mode, or ALLOW_SIGNUP) and sign in.
         */
        post: operations["signup_api_v1_auth_signup_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Invitation
         * @description Join the inviting org: signed in as the invited email, or with the password of its
         *     account, or choosing one to create it; signs you in when you were not.
         */
        post: operations["accept_invitation_api_v1_invitations__token__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meta
         * @description Public: deployment mode, whether sign-up is open, and first-run hints (never secrets).
         */
        get: operations["meta_api_v1_meta_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Orgs
         * @description The orgs the caller belongs to (an agent key: its one org).
         */
        get: operations["list_orgs_api_v1_orgs_get"];
        put?: never;
        /**
         * Create Org
         * @description Create an org owned by the caller (multi-tenant mode).
         */
        post: operations["create_org_api_v1_orgs_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Org */
        get: operations["get_org_api_v1_orgs__org_slug__get"];
        put?: never;
        post?: never;
        /**
         * Delete Org
         * @description Delete the org and everything in it (owners only).
         */
        delete: operations["delete_org_api_v1_orgs__org_slug__delete"];
        options?: never;
        head?: never;
        /** Update Org */
        patch: operations["update_org_api_v1_orgs__org_slug__patch"];
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Agents */
        get: operations["list_agents_api_v1_orgs__org_slug__agents_get"];
        put?: never;
        /** Create Agent */
        post: operations["create_agent_api_v1_orgs__org_slug__agents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Agent */
        get: operations["get_agent_api_v1_orgs__org_slug__agents__agent_id__get"];
        put?: never;
        post?: never;
        /** Delete Agent */
        delete: operations["delete_agent_api_v1_orgs__org_slug__agents__agent_id__delete"];
        options?: never;
        head?: never;
        /** Update Agent */
        patch: operations["update_agent_api_v1_orgs__org_slug__agents__agent_id__patch"];
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/agents/{agent_id}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Heartbeat
         * @description An agent reports it is alive (any key of that agent; humans need admin).
         */
        post: operations["heartbeat_api_v1_orgs__org_slug__agents__agent_id__heartbeat_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/agents/{agent_id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Keys */
        get: operations["list_keys_api_v1_orgs__org_slug__agents__agent_id__keys_get"];
        put?: never;
        /**
         * Create Key
         * @description Mint a key; `key` in this response is the only time the secret is shown.
         */
        post: operations["create_key_api_v1_orgs__org_slug__agents__agent_id__keys_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/agents/{agent_id}/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Key
         * @description Revoke a key; it is refused from its very next request.
         */
        delete: operations["revoke_key_api_v1_orgs__org_slug__agents__agent_id__keys__key_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Approvals */
        get: operations["list_approvals_api_v1_orgs__org_slug__approvals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/approvals/{approval_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve
         * @description Approve: the task moves to done (admins, owners, approvers; agents with approvals:decide).
         */
        post: operations["approve_api_v1_orgs__org_slug__approvals__approval_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/approvals/{approval_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject
         * @description Reject with a comment: the task goes back to in_progress.
         */
        post: operations["reject_api_v1_orgs__org_slug__approvals__approval_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Channels
         * @description Channels the caller may see (public ones, and private ones they are in).
         */
        get: operations["list_channels_api_v1_orgs__org_slug__channels_get"];
        put?: never;
        /** Create Channel */
        post: operations["create_channel_api_v1_orgs__org_slug__channels_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Channel */
        get: operations["get_channel_api_v1_orgs__org_slug__channels__channel_id__get"];
        put?: never;
        post?: never;
        /**
         * Archive Channel
         * @description Archive: history stays readable; nothing new can be posted.
         */
        delete: operations["archive_channel_api_v1_orgs__org_slug__channels__channel_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Channel
         * @description Rename, change the topic, archive (`archived: true`) or restore.
         */
        patch: operations["update_channel_api_v1_orgs__org_slug__channels__channel_id__patch"];
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/channels/{channel_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Members */
        get: operations["list_members_api_v1_orgs__org_slug__channels__channel_id__members_get"];
        put?: never;
        /**
         * Add Member
         * @description Join a public channel (no body), or add a user or agent (`user_id` / `agent_id`).
         */
        post: operations["add_member_api_v1_orgs__org_slug__channels__channel_id__members_post"];
        /**
         * Remove Member
         * @description Leave (no query), or remove `user_id` / `agent_id` (the creator or an admin).
         */
        delete: operations["remove_member_api_v1_orgs__org_slug__channels__channel_id__members_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/channels/{channel_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Messages
         * @description History: top-level messages (or a thread's replies), paged by cursor either way.
         */
        get: operations["list_messages_api_v1_orgs__org_slug__channels__channel_id__messages_get"];
        put?: never;
        /** Post Message */
        post: operations["post_message_api_v1_orgs__org_slug__channels__channel_id__messages_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/channels/{channel_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Read
         * @description Mark the channel read, up to `message_id` or to its newest message.
         */
        post: operations["mark_read_api_v1_orgs__org_slug__channels__channel_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Events
         * @description Page through the log, newest first by default.
         */
        get: operations["list_events_api_v1_orgs__org_slug__events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream Events
         * @description The live log as SSE: `event:` type, `id:` event id, `data:` the event JSON.
         *
         *     With Last-Event-ID every later event is replayed from the log, then live ones
         *     follow with no gap and no duplicate; notifications arrive as `event: notification`
         *     frames without an id. The request's session is released before streaming starts.
         *     A Last-Event-ID that is not an event id is 400; too many open streams for the key
         *     or org, 429. A stream whose key or session ends gets a last `event: revoked` frame.
         */
        get: operations["stream_events_api_v1_orgs__org_slug__events_stream_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Exports */
        get: operations["list_exports_api_v1_orgs__org_slug__exports_get"];
        put?: never;
        /**
         * Request Export
         * @description Start a full export of the org (admins); the worker writes it, this answers at once.
         */
        post: operations["request_export_api_v1_orgs__org_slug__exports_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/exports/{export_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Export
         * @description An export's status and progress (rows done of the total).
         */
        get: operations["get_export_api_v1_orgs__org_slug__exports__export_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/exports/{export_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download Export
         * @description The export's zip, streamed; `Range: bytes=N-` resumes a broken download.
         */
        get: operations["download_export_api_v1_orgs__org_slug__exports__export_id__download_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Invitations
         * @description Pending invitations (their links are not shown again).
         */
        get: operations["list_invitations_api_v1_orgs__org_slug__invitations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Invitation */
        delete: operations["delete_invitation_api_v1_orgs__org_slug__invitations__invitation_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Members */
        get: operations["list_members_api_v1_orgs__org_slug__members_get"];
        put?: never;
        /**
         * Add Member
         * @description Invite an email (202, with the link, shown only here); they join when they accept.
         *     The answer is the same whether or not the email has an account.
         */
        post: operations["add_member_api_v1_orgs__org_slug__members_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove Member
         * @description Remove a member (admins), or leave the org yourself (an account change).
         */
        delete: operations["remove_member_api_v1_orgs__org_slug__members__user_id__delete"];
        options?: never;
        head?: never;
        /** Update Member */
        patch: operations["update_member_api_v1_orgs__org_slug__members__user_id__patch"];
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Message
         * @description Soft delete: the answer is the message with its body gone.
         */
        delete: operations["delete_message_api_v1_orgs__org_slug__messages__message_id__delete"];
        options?: never;
        head?: never;
        /** Edit Message */
        patch: operations["edit_message_api_v1_orgs__org_slug__messages__message_id__patch"];
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Notifications
         * @description The caller's notifications, newest first (`?unread=true` for unread only).
         */
        get: operations["list_notifications_api_v1_orgs__org_slug__notifications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read One */
        post: operations["read_one_api_v1_orgs__org_slug__notifications__notification_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read All */
        post: operations["read_all_api_v1_orgs__org_slug__notifications_read_all_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unread Count */
        get: operations["unread_count_api_v1_orgs__org_slug__notifications_unread_count_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Projects
         * @description Projects in board order (lane, then position); archived ones only when asked.
         */
        get: operations["list_projects_api_v1_orgs__org_slug__projects_get"];
        put?: never;
        /** Create Project */
        post: operations["create_project_api_v1_orgs__org_slug__projects_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/projects/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Project */
        get: operations["get_project_api_v1_orgs__org_slug__projects__key__get"];
        put?: never;
        post?: never;
        /**
         * Archive Project
         * @description Archive the project (restorable with PATCH or /move and a stage).
         */
        delete: operations["archive_project_api_v1_orgs__org_slug__projects__key__delete"];
        options?: never;
        head?: never;
        /**
         * Update Project
         * @description Partial update; `stage` moves lanes (a stage other than archived restores).
         */
        patch: operations["update_project_api_v1_orgs__org_slug__projects__key__patch"];
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/projects/{key}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Project
         * @description Place the card after `after` / before `before`, optionally in lane `stage`.
         */
        post: operations["move_project_api_v1_orgs__org_slug__projects__key__move_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/projects/{key}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Project Tasks
         * @description One project's board, column by column.
         */
        get: operations["list_project_tasks_api_v1_orgs__org_slug__projects__key__tasks_get"];
        put?: never;
        /** Create Task */
        post: operations["create_task_api_v1_orgs__org_slug__projects__key__tasks_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Org
         * @description One ranked list of what the caller may read, with highlighted snippets.
         */
        get: operations["search_org_api_v1_orgs__org_slug__search_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/sub-agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Subagents
         * @description An agent's own sub-agents (every one, for people and admin keys), newest first.
         */
        get: operations["list_subagents_api_v1_orgs__org_slug__sub_agents_get"];
        put?: never;
        /**
         * Spawn
         * @description Spawn a sub-agent; `key` (its ephemeral API key) is shown in this response only.
         */
        post: operations["spawn_api_v1_orgs__org_slug__sub_agents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/sub-agents/{subagent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Subagent */
        get: operations["get_subagent_api_v1_orgs__org_slug__sub_agents__subagent_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/sub-agents/{subagent_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete
         * @description The work is done: the key is refused from now on and held claims go back to todo.
         */
        post: operations["complete_api_v1_orgs__org_slug__sub_agents__subagent_id__complete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/sub-agents/{subagent_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke
         * @description Stop the sub-agent now (and its own sub-agents): keys refused, claims released.
         */
        post: operations["revoke_api_v1_orgs__org_slug__sub_agents__subagent_id__revoke_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Subscriptions
         * @description The caller's subscriptions.
         */
        get: operations["list_subscriptions_api_v1_orgs__org_slug__subscriptions_get"];
        put?: never;
        /**
         * Create Subscription
         * @description Subscribe the caller to exactly one project, task or channel.
         */
        post: operations["create_subscription_api_v1_orgs__org_slug__subscriptions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Subscription */
        delete: operations["delete_subscription_api_v1_orgs__org_slug__subscriptions__subscription_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Org Tasks
         * @description The org's tasks in board order (status column, then position).
         */
        get: operations["list_org_tasks_api_v1_orgs__org_slug__tasks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task
         * @description A task by `KEY-N` ref or id.
         */
        get: operations["get_task_api_v1_orgs__org_slug__tasks__task__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Task
         * @description Partial update; with If-Match or expected_version a stale write gets 409.
         */
        patch: operations["update_task_api_v1_orgs__org_slug__tasks__task__patch"];
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive Task
         * @description Archive: off the boards and claim-next, still readable and searchable.
         */
        post: operations["archive_task_api_v1_orgs__org_slug__tasks__task__archive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim Task
         * @description Assign the caller and start the task; of concurrent claimers exactly one wins.
         */
        post: operations["claim_task_api_v1_orgs__org_slug__tasks__task__claim_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Comments
         * @description The task's discussion, oldest first by default (empty until the first comment).
         */
        get: operations["list_comments_api_v1_orgs__org_slug__tasks__task__comments_get"];
        put?: never;
        /**
         * Post Comment
         * @description Comment: a message in the task's channel (made on the first comment).
         */
        post: operations["post_comment_api_v1_orgs__org_slug__tasks__task__comments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Dependencies
         * @description What the task depends on, or (`direction=dependants`) what depends on it.
         */
        get: operations["list_dependencies_api_v1_orgs__org_slug__tasks__task__dependencies_get"];
        put?: never;
        /**
         * Add Dependency
         * @description The task depends on `depends_on` (any project of the org); a cycle is 422.
         */
        post: operations["add_dependency_api_v1_orgs__org_slug__tasks__task__dependencies_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/dependencies/{other}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Dependency */
        delete: operations["remove_dependency_api_v1_orgs__org_slug__tasks__task__dependencies__other__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Task
         * @description Drop the card after `after` / before `before`, optionally in column `status`.
         */
        post: operations["move_task_api_v1_orgs__org_slug__tasks__task__move_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release Task
         * @description Give a claimed task back to todo (the holder, or an admin).
         */
        post: operations["release_task_api_v1_orgs__org_slug__tasks__task__release_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore Task
         * @description Bring an archived task back to its board.
         */
        post: operations["restore_task_api_v1_orgs__org_slug__tasks__task__restore_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/{task}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transition Task
         * @description Move along the workflow; a forbidden move is 409 listing the allowed targets.
         */
        post: operations["transition_task_api_v1_orgs__org_slug__tasks__task__transition_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/tasks/claim-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim Next
         * @description Atomically hand the caller the most urgent unassigned, unblocked todo task.
         */
        post: operations["claim_next_api_v1_orgs__org_slug__tasks_claim_next_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Webhooks */
        get: operations["list_webhooks_api_v1_orgs__org_slug__webhooks_get"];
        put?: never;
        /**
         * Create Webhook
         * @description Register a webhook; the answer carries its signing `secret`, shown only here. The
         *     URL must resolve to public addresses (or to a network in WEBHOOK_ALLOW_NETWORKS).
         */
        post: operations["create_webhook_api_v1_orgs__org_slug__webhooks_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Webhook */
        delete: operations["delete_webhook_api_v1_orgs__org_slug__webhooks__webhook_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Deliveries */
        get: operations["list_deliveries_api_v1_orgs__org_slug__webhooks__webhook_id__deliveries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeliver */
        post: operations["redeliver_api_v1_orgs__org_slug__webhooks__webhook_id__deliveries__delivery_id__redeliver_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/webhooks/{webhook_id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ping Webhook
         * @description Queue a `webhook.ping` delivery (sent by the worker).
         */
        post: operations["ping_webhook_api_v1_orgs__org_slug__webhooks__webhook_id__ping_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org_slug}/ws/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue Ticket
         * @description A single-use ticket (valid a few seconds) for clients that can send neither the
         *     session cookie nor an Authorization header: open `.../ws?ticket=...`.
         */
        post: operations["issue_ticket_api_v1_orgs__org_slug__ws_ticket_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Me
         * @description The caller's profile and the orgs they belong to.
         */
        get: operations["get_me_api_v1_users_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Me
         * @description Change display name or password (a new password signs out every other session).
         */
        patch: operations["update_me_api_v1_users_me_patch"];
        trace?: never;
    };
    "/api/v1/users/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tokens
         * @description Your personal access tokens, in every org (secrets are never shown again).
         */
        get: operations["list_tokens_api_v1_users_me_tokens_get"];
        put?: never;
        /**
         * Create Token
         * @description Mint a personal access token: your role in the org, narrowed to its scopes (a token
         *     with `account` mints only within its own org, scopes and project limit).
         */
        post: operations["create_token_api_v1_users_me_tokens_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Token
         * @description Revoke one of your tokens; it is refused from its very next request.
         */
        delete: operations["revoke_token_api_v1_users_me_tokens__token_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description Liveness: the process answers.
         */
        get: operations["health_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready
         * @description Readiness: PostgreSQL (and Redis, when configured) answer.
         */
        get: operations["ready_ready_get"];
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
        /** AcceptedInvitation */
        AcceptedInvitation: {
            org: components["schemas"]["OrgOut"];
            user: components["schemas"]["UserOut"];
        };
        /** ActorOut */
        ActorOut: {
            /** Id */
            id: string | null;
            /** Type */
            type: string;
        };
        /** AgentCreate */
        AgentCreate: {
            /** Capabilities */
            capabilities?: string[];
            /**
             * Description
             * @default
             */
            description?: string;
            /** Name */
            name: string;
        };
        /** AgentMe */
        AgentMe: {
            agent: components["schemas"]["AgentOut"];
            /**
             * Key Id
             * Format: uuid
             */
            key_id: string;
            org: components["schemas"]["OrgRef"];
            /** Scopes */
            scopes: string[];
        };
        /** AgentOut */
        AgentOut: {
            /** Capabilities */
            capabilities: string[];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Seen At */
            last_seen_at: string | null;
            /** Name */
            name: string;
            /**
             * Status
             * @enum {string}
             */
            status: "online" | "busy" | "idle" | "offline";
        };
        /** AgentUpdate */
        AgentUpdate: {
            /** Capabilities */
            capabilities?: string[] | null;
            /** Description */
            description?: string | null;
            /** Name */
            name?: string | null;
            /** Status */
            status?: ("online" | "busy" | "idle" | "offline") | null;
        };
        /** ApprovalDecision */
        ApprovalDecision: {
            /**
             * Comment
             * @default
             */
            comment?: string;
        };
        /** ApprovalOut */
        ApprovalOut: {
            /** Comment */
            comment: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            /** Decided By Id */
            decided_by_id: string | null;
            /** Decided By Type */
            decided_by_type: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Project Id
             * Format: uuid
             */
            project_id: string;
            /** Requested By Id */
            requested_by_id: string | null;
            /** Requested By Type */
            requested_by_type: string;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected";
            /**
             * Task Id
             * Format: uuid
             */
            task_id: string;
            /** Task Ref */
            task_ref: string;
        };
        /** AuthorOut */
        AuthorOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Parent Id */
            parent_id?: string | null;
            /**
             * Type
             * @enum {string}
             */
            type: "user" | "agent";
        };
        /** ChannelCreate */
        ChannelCreate: {
            /**
             * Members
             * @description Users or agents to add (ids).
             */
            members?: string[];
            /** Name */
            name: string;
            /**
             * Project
             * @description A project key.
             */
            project?: string | null;
            /**
             * Topic
             * @default
             */
            topic?: string;
            /**
             * Visibility
             * @default public
             * @enum {string}
             */
            visibility?: "public" | "private";
        };
        /**
         * ChannelMemberAdd
         * @description Nothing: join a public channel yourself; else exactly one of user_id or agent_id.
         */
        ChannelMemberAdd: {
            /** Agent Id */
            agent_id?: string | null;
            /** User Id */
            user_id?: string | null;
        };
        /** ChannelMemberOut */
        ChannelMemberOut: {
            /**
             * Joined At
             * Format: date-time
             */
            joined_at: string;
            /** Last Read Seq */
            last_read_seq: number;
            /**
             * Member Id
             * Format: uuid
             */
            member_id: string;
            /**
             * Member Type
             * @enum {string}
             */
            member_type: "user" | "agent";
            /** Name */
            name: string | null;
        };
        /** ChannelOut */
        ChannelOut: {
            /** Archived At */
            archived_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By Id */
            created_by_id: string | null;
            /** Created By Type */
            created_by_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Is Member */
            is_member: boolean;
            /** Last Read Seq */
            last_read_seq: number | null;
            /** Last Seq */
            last_seq: number;
            /** Name */
            name: string;
            /** Project Id */
            project_id: string | null;
            /** Project Key */
            project_key: string | null;
            /** Task Id */
            task_id: string | null;
            /** Task Ref */
            task_ref: string | null;
            /** Topic */
            topic: string;
            /** Unread Count */
            unread_count?: number | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Visibility
             * @enum {string}
             */
            visibility: "public" | "private";
        };
        /**
         * ChannelUpdate
         * @description Visibility is fixed at creation (events already written name it).
         */
        ChannelUpdate: {
            /** Archived */
            archived?: boolean | null;
            /** Name */
            name?: string | null;
            /** Topic */
            topic?: string | null;
        };
        /** ClaimNext */
        ClaimNext: {
            /** Labels */
            labels?: string[] | null;
            /** Min Priority */
            min_priority?: ("none" | "low" | "medium" | "high" | "urgent") | null;
            /** Project */
            project?: string | null;
        };
        /** DeliveryOut */
        DeliveryOut: {
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Delivered At */
            delivered_at: string | null;
            /** Event Id */
            event_id: number | null;
            /** Event Type */
            event_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Error */
            last_error: string | null;
            /**
             * Next Attempt At
             * Format: date-time
             */
            next_attempt_at: string;
            /** Response Code */
            response_code: number | null;
            /** Status */
            status: string;
            /**
             * Webhook Id
             * Format: uuid
             */
            webhook_id: string;
        };
        /** DependencyCreate */
        DependencyCreate: {
            /**
             * Depends On
             * @description A task ref (`MC-7`) or id.
             */
            depends_on: string;
        };
        /** DependencyOut */
        DependencyOut: {
            depends_on: components["schemas"]["TaskOut"];
            task: components["schemas"]["TaskOut"];
        };
        /**
         * DeploymentMode
         * @enum {string}
         */
        DeploymentMode: "single-tenant" | "multi-tenant";
        /**
         * ErrorBody
         * @description Every failure answers in this one shape.
         */
        ErrorBody: {
            error: {
                /** @description What went wrong, for code to branch on (listed per status). */
                code: string;
                /** @description Structured facts about the error, or null. */
                details: unknown;
                /** @description The same in plain words. */
                message: string;
            };
        };
        /** EventOut */
        EventOut: {
            actor: components["schemas"]["ActorOut"];
            /** Entity Id */
            entity_id: string | null;
            /** Entity Type */
            entity_type: string;
            /** Id */
            id: number;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Payload */
            payload: {
                [key: string]: unknown;
            };
            /** Project Id */
            project_id: string | null;
            /** Type */
            type: string;
        };
        /** ExportOut */
        ExportOut: {
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Download Url */
            download_url: string | null;
            /** Error */
            error: string | null;
            /** Expired */
            expired: boolean;
            /**
             * Expires At
             * @description When the file will be deleted.
             */
            expires_at: string | null;
            /** Finished At */
            finished_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Manifest
             * @description The manifest (docs/exports.md).
             */
            manifest: {
                [key: string]: unknown;
            } | null;
            /**
             * Progress
             * @description rows_done / rows_total, 0 to 1.
             */
            progress: number;
            /** Rows Done */
            rows_done: number;
            /**
             * Rows Total
             * @description Known once the worker has counted the snapshot.
             */
            rows_total: number | null;
            /**
             * Sha256
             * @description SHA-256 of the zip file.
             */
            sha256: string | null;
            /** Size Bytes */
            size_bytes: number | null;
            /** Started At */
            started_at: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "running" | "done" | "failed";
            /**
             * Target
             * @enum {string}
             */
            target: "local" | "s3";
        };
        /** Heartbeat */
        Heartbeat: {
            /**
             * Status
             * @default online
             * @enum {string}
             */
            status?: "online" | "busy" | "idle" | "offline";
        };
        /** InvitationAccept */
        InvitationAccept: {
            /** Display Name */
            display_name?: string | null;
            /** Password */
            password?: string | null;
        };
        /** InvitationCreated */
        InvitationCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Link
             * @description Send this to the invitee. Shown in this response only.
             */
            link: string;
            role: components["schemas"]["Role"];
            /**
             * Token
             * @description The secret inside the link.
             */
            token: string;
        };
        /** InvitationOut */
        InvitationOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            role: components["schemas"]["Role"];
        };
        /** KeyCreate */
        KeyCreate: {
            /** Expires At */
            expires_at?: string | null;
            /**
             * Name
             * @default
             */
            name?: string;
            /** Project Keys */
            project_keys?: string[] | null;
            /** Scopes */
            scopes: string[];
        };
        /** KeyCreated */
        KeyCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Key
             * @description The whole secret. Shown in this response only.
             */
            key: string;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Project Keys */
            project_keys: string[] | null;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
        };
        /** KeyOut */
        KeyOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Project Keys */
            project_keys: string[] | null;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
        };
        /** LoginRequest */
        LoginRequest: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Password */
            password: string;
        };
        /** MarkRead */
        MarkRead: {
            /**
             * Message Id
             * @description Read up to this message; omitted: everything.
             */
            message_id?: string | null;
        };
        /** Me */
        Me: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Display Name */
            display_name: string;
            /** Email */
            email: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Orgs */
            orgs: components["schemas"]["OrgMembershipOut"][];
        };
        /**
         * MemberAdd
         * @description Members join by invitation: the person accepts the link, with or without an account.
         */
        MemberAdd: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** @default member */
            role?: components["schemas"]["Role"];
        };
        /** MemberOut */
        MemberOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Display Name */
            display_name: string;
            /** Email */
            email: string;
            role: components["schemas"]["Role"];
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /** MemberUpdate */
        MemberUpdate: {
            role: components["schemas"]["Role"];
        };
        /** Mention */
        Mention: {
            /** Handle */
            handle: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Type
             * @enum {string}
             */
            type: "user" | "agent";
        };
        /** MessageCreate */
        MessageCreate: {
            /**
             * Body
             * @description Markdown; at most 32 KiB (else 413).
             */
            body: string;
            /**
             * Parent Id
             * @description Reply in this thread.
             */
            parent_id?: string | null;
        };
        /** MessageOut */
        MessageOut: {
            author: components["schemas"]["AuthorOut"];
            /** Body */
            body: string;
            /**
             * Channel Id
             * Format: uuid
             */
            channel_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Edited At */
            edited_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Reply At */
            last_reply_at: string | null;
            /** Mentions */
            mentions: components["schemas"]["Mention"][];
            /** Parent Id */
            parent_id: string | null;
            /** Reply Count */
            reply_count: number;
            /** Seq */
            seq: number;
        };
        /**
         * MessagePage
         * @description `items` in reading order; `next_cursor` reads on, `prev_cursor` turns back.
         */
        MessagePage: {
            /** Items */
            items: components["schemas"]["MessageOut"][];
            /** Next Cursor */
            next_cursor: string | null;
            /** Prev Cursor */
            prev_cursor: string | null;
        };
        /** MessageUpdate */
        MessageUpdate: {
            /** Body */
            body: string;
        };
        /** Meta */
        Meta: {
            /** Default Org */
            default_org: string | null;
            deployment_mode: components["schemas"]["DeploymentMode"];
            /** Generated Admin Password */
            generated_admin_password: boolean;
            /** Signup Open */
            signup_open: boolean;
            /** Version */
            version: string;
        };
        /** NotificationOut */
        NotificationOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Event */
            event: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Read At */
            read_at: string | null;
            /** Reason */
            reason: string;
        };
        /** OrgCreate */
        OrgCreate: {
            /** Name */
            name: string;
            /** Slug */
            slug: string;
        };
        /** OrgMembershipOut */
        OrgMembershipOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Role */
            role: string;
            /** Slug */
            slug: string;
        };
        /** OrgOut */
        OrgOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            role?: components["schemas"]["Role"] | null;
            /** Slug */
            slug: string;
        };
        /** OrgRef */
        OrgRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Slug */
            slug: string;
        };
        /** OrgUpdate */
        OrgUpdate: {
            /** Name */
            name?: string | null;
        };
        /** Page[AgentOut] */
        Page_AgentOut_: {
            /** Items */
            items: components["schemas"]["AgentOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[ApprovalOut] */
        Page_ApprovalOut_: {
            /** Items */
            items: components["schemas"]["ApprovalOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[ChannelMemberOut] */
        Page_ChannelMemberOut_: {
            /** Items */
            items: components["schemas"]["ChannelMemberOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[ChannelOut] */
        Page_ChannelOut_: {
            /** Items */
            items: components["schemas"]["ChannelOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[DeliveryOut] */
        Page_DeliveryOut_: {
            /** Items */
            items: components["schemas"]["DeliveryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[EventOut] */
        Page_EventOut_: {
            /** Items */
            items: components["schemas"]["EventOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[ExportOut] */
        Page_ExportOut_: {
            /** Items */
            items: components["schemas"]["ExportOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[InvitationOut] */
        Page_InvitationOut_: {
            /** Items */
            items: components["schemas"]["InvitationOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[KeyOut] */
        Page_KeyOut_: {
            /** Items */
            items: components["schemas"]["KeyOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[MemberOut] */
        Page_MemberOut_: {
            /** Items */
            items: components["schemas"]["MemberOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[NotificationOut] */
        Page_NotificationOut_: {
            /** Items */
            items: components["schemas"]["NotificationOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[OrgOut] */
        Page_OrgOut_: {
            /** Items */
            items: components["schemas"]["OrgOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[ProjectOut] */
        Page_ProjectOut_: {
            /** Items */
            items: components["schemas"]["ProjectOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[SearchHit] */
        Page_SearchHit_: {
            /** Items */
            items: components["schemas"]["SearchHit"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[SubAgentOut] */
        Page_SubAgentOut_: {
            /** Items */
            items: components["schemas"]["SubAgentOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[SubscriptionOut] */
        Page_SubscriptionOut_: {
            /** Items */
            items: components["schemas"]["SubscriptionOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[TaskOut] */
        Page_TaskOut_: {
            /** Items */
            items: components["schemas"]["TaskOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[TokenOut] */
        Page_TokenOut_: {
            /** Items */
            items: components["schemas"]["TokenOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[WebhookOut] */
        Page_WebhookOut_: {
            /** Items */
            items: components["schemas"]["WebhookOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** ProjectCreate */
        ProjectCreate: {
            /** Approvers */
            approvers?: string[];
            /**
             * Description
             * @default
             */
            description?: string;
            /**
             * Key
             * @description Short upper-case key, e.g. `MC`.
             */
            key: string;
            /**
             * Lease Seconds
             * @description How long a claim holds a task without a write or heartbeat (seconds; null: 1800).
             */
            lease_seconds?: number | null;
            /** Name */
            name: string;
            /**
             * Requires Approval
             * @default false
             */
            requires_approval?: boolean;
            /**
             * Stage
             * @default proposed
             * @enum {string}
             */
            stage?: "proposed" | "planning" | "active" | "review" | "done" | "archived";
        };
        /**
         * ProjectMove
         * @description Where the card goes: after one card and/or before another, optionally in another lane.
         */
        ProjectMove: {
            /** After */
            after?: string | null;
            /** Before */
            before?: string | null;
            /** Stage */
            stage?: ("proposed" | "planning" | "active" | "review" | "done" | "archived") | null;
        };
        /** ProjectOut */
        ProjectOut: {
            /** Approvers */
            approvers: string[];
            /** Archived At */
            archived_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Key */
            key: string;
            /**
             * Lease Seconds
             * @description How long a claim holds a task without a write or heartbeat (seconds; null: 1800).
             */
            lease_seconds: number | null;
            /** Name */
            name: string;
            /** Owner Id */
            owner_id: string | null;
            /** Owner Type */
            owner_type: string | null;
            /** Position */
            position: string;
            /** Requires Approval */
            requires_approval: boolean;
            /**
             * Stage
             * @enum {string}
             */
            stage: "proposed" | "planning" | "active" | "review" | "done" | "archived";
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ProjectUpdate */
        ProjectUpdate: {
            /** Approvers */
            approvers?: string[] | null;
            /** Description */
            description?: string | null;
            /**
             * Lease Seconds
             * @description How long a claim holds a task without a write or heartbeat (seconds; null: 1800).
             */
            lease_seconds?: number | null;
            /** Name */
            name?: string | null;
            /** Owner Id */
            owner_id?: string | null;
            /** Requires Approval */
            requires_approval?: boolean | null;
            /** Stage */
            stage?: ("proposed" | "planning" | "active" | "review" | "done" | "archived") | null;
        };
        /** ProviderOut */
        ProviderOut: {
            /** Label */
            label: string;
            /** Login Url */
            login_url: string;
            /** Name */
            name: string;
        };
        /** ReadAllResult */
        ReadAllResult: {
            /** Marked */
            marked: number;
        };
        /** ReadPosition */
        ReadPosition: {
            /**
             * Channel Id
             * Format: uuid
             */
            channel_id: string;
            /** Last Read Seq */
            last_read_seq: number;
            /** Unread Count */
            unread_count: number;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "owner" | "admin" | "member" | "viewer";
        /** SearchHit */
        SearchHit: {
            /** Channel Id */
            channel_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Project Key */
            project_key: string | null;
            /**
             * Ref
             * @description A task's `KEY-N`.
             */
            ref: string | null;
            /**
             * Score
             * @description Relevance (higher first); exact task refs score highest.
             */
            score: number;
            /**
             * Snippet
             * @description HTML: the best fragments of the body, matches in <mark>.
             */
            snippet: string;
            /**
             * Title
             * @description HTML: the data escaped, matches in <mark>.
             */
            title: string;
            /**
             * Type
             * @enum {string}
             */
            type: "project" | "task" | "message";
        };
        /** SignupRequest */
        SignupRequest: {
            /** Display Name */
            display_name?: string | null;
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Password */
            password: string;
        };
        /** SubAgentEnd */
        SubAgentEnd: {
            /**
             * Reason
             * @default
             */
            reason?: string;
        };
        /** SubAgentOut */
        SubAgentOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Depth */
            depth: number;
            /** End Reason */
            end_reason: string | null;
            /** Ended At */
            ended_at: string | null;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Parent Id
             * Format: uuid
             */
            parent_id: string;
            /** Project Keys */
            project_keys: string[] | null;
            /** Purpose */
            purpose: string;
            /** Scopes */
            scopes: string[];
            /**
             * Status
             * @enum {string}
             */
            status: "active" | "completed" | "expired" | "revoked";
            /** Task Id */
            task_id: string | null;
        };
        /** SubAgentSpawn */
        SubAgentSpawn: {
            /** Name */
            name: string;
            /**
             * Parent Id
             * @description The parent agent (a person spawns on behalf of an agent).
             */
            parent_id?: string | null;
            /**
             * Purpose
             * @default
             */
            purpose?: string;
            /**
             * Scopes
             * @description At most the parent's; by default the calling key's scopes.
             */
            scopes?: string[] | null;
            /**
             * Task
             * @description A task ref or id: the key is confined to its project.
             */
            task?: string | null;
            /**
             * Ttl Seconds
             * @default 3600
             */
            ttl_seconds?: number;
        };
        /** SubAgentSpawned */
        SubAgentSpawned: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Depth */
            depth: number;
            /** End Reason */
            end_reason: string | null;
            /** Ended At */
            ended_at: string | null;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Key
             * @description The sub-agent's API key. Shown in this response only.
             */
            key: string;
            /** Name */
            name: string;
            /**
             * Parent Id
             * Format: uuid
             */
            parent_id: string;
            /** Project Keys */
            project_keys: string[] | null;
            /** Purpose */
            purpose: string;
            /** Scopes */
            scopes: string[];
            /**
             * Status
             * @enum {string}
             */
            status: "active" | "completed" | "expired" | "revoked";
            /** Task Id */
            task_id: string | null;
        };
        /** Subscriber */
        Subscriber: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Type */
            type: string;
        };
        /**
         * SubscriptionCreate
         * @description Exactly one of `project` (key), `task` (ref like MC-7, or id) or `channel` (id).
         */
        SubscriptionCreate: {
            /** Channel */
            channel?: string | null;
            /** Event Types */
            event_types?: string[] | null;
            /** Project */
            project?: string | null;
            /** Task */
            task?: string | null;
        };
        /** SubscriptionOut */
        SubscriptionOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Event Types */
            event_types: string[] | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Reason */
            reason: string;
            subscriber: components["schemas"]["Subscriber"];
            /**
             * Target Id
             * Format: uuid
             */
            target_id: string;
            /** Target Type */
            target_type: string;
        };
        /** TaskCreate */
        TaskCreate: {
            /** Assignee Id */
            assignee_id?: string | null;
            /** Assignee Type */
            assignee_type?: ("user" | "agent") | null;
            /**
             * Description
             * @default
             */
            description?: string;
            /** Due Date */
            due_date?: string | null;
            /** Labels */
            labels?: string[] | null;
            /**
             * Priority
             * @default none
             * @enum {string}
             */
            priority?: "none" | "low" | "medium" | "high" | "urgent";
            /**
             * Status
             * @default todo
             * @enum {string}
             */
            status?: "backlog" | "todo";
            /** Title */
            title: string;
        };
        /**
         * TaskMove
         * @description Where the card goes: after one card and/or before another in column `status`; or to
         *     another `project` (the end of its column there: it takes the next number, and its old
         *     ref keeps resolving).
         */
        TaskMove: {
            /** After */
            after?: string | null;
            /** Before */
            before?: string | null;
            /**
             * Project
             * @description A project key.
             */
            project?: string | null;
            /** Status */
            status?: ("backlog" | "todo" | "in_progress" | "blocked" | "review" | "done" | "cancelled") | null;
        };
        /** TaskOut */
        TaskOut: {
            /** Archived At */
            archived_at: string | null;
            /** Assignee Id */
            assignee_id: string | null;
            /** Assignee Type */
            assignee_type: ("user" | "agent") | null;
            /** Blocked Reason */
            blocked_reason: ("dependency" | "manual") | null;
            /** Claimed At */
            claimed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /** Due Date */
            due_date: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Labels */
            labels: string[];
            /** Lease Expires At */
            lease_expires_at: string | null;
            /** Number */
            number: number;
            /** Position */
            position: string;
            /**
             * Priority
             * @enum {string}
             */
            priority: "none" | "low" | "medium" | "high" | "urgent";
            /**
             * Project Id
             * Format: uuid
             */
            project_id: string;
            /** Project Key */
            project_key: string;
            /** Ref */
            ref: string;
            /**
             * Status
             * @enum {string}
             */
            status: "backlog" | "todo" | "in_progress" | "blocked" | "review" | "done" | "cancelled";
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** TaskRelease */
        TaskRelease: {
            /**
             * Reason
             * @default
             */
            reason?: string;
        };
        /** TaskTransition */
        TaskTransition: {
            /** Expected Version */
            expected_version?: number | null;
            /**
             * Status
             * @enum {string}
             */
            status: "backlog" | "todo" | "in_progress" | "blocked" | "review" | "done" | "cancelled";
        };
        /**
         * TaskUpdate
         * @description Every field optional; status changes go through /transition or /move.
         */
        TaskUpdate: {
            /** Assignee Id */
            assignee_id?: string | null;
            /** Assignee Type */
            assignee_type?: ("user" | "agent") | null;
            /** Description */
            description?: string | null;
            /** Due Date */
            due_date?: string | null;
            /** Expected Version */
            expected_version?: number | null;
            /** Labels */
            labels?: string[] | null;
            /** Priority */
            priority?: ("none" | "low" | "medium" | "high" | "urgent") | null;
            /** Title */
            title?: string | null;
        };
        /** Ticket */
        Ticket: {
            /** Expires In */
            expires_in: number;
            /** Ticket */
            ticket: string;
            /** Url */
            url: string;
        };
        /** TokenCreate */
        TokenCreate: {
            /** Expires At */
            expires_at?: string | null;
            /**
             * Name
             * @default
             */
            name?: string;
            /**
             * Org
             * @description Slug of the org the token acts in.
             */
            org: string;
            /** Project Keys */
            project_keys?: string[] | null;
            /** Scopes */
            scopes: string[];
        };
        /** TokenCreated */
        TokenCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Key
             * @description The whole secret. Shown in this response only.
             */
            key: string;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            /** Prefix */
            prefix: string;
            /** Project Keys */
            project_keys: string[] | null;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
        };
        /** TokenOut */
        TokenOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            /**
             * Org Id
             * Format: uuid
             */
            org_id: string;
            /** Prefix */
            prefix: string;
            /** Project Keys */
            project_keys: string[] | null;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
        };
        /** UnreadCount */
        UnreadCount: {
            /** Unread */
            unread: number;
        };
        /** UserOut */
        UserOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Display Name */
            display_name: string;
            /** Email */
            email: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
        };
        /** UserUpdate */
        UserUpdate: {
            /** Current Password */
            current_password?: string | null;
            /** Display Name */
            display_name?: string | null;
            /** Password */
            password?: string | null;
        };
        /** WebhookCreate */
        WebhookCreate: {
            /** Agent Id */
            agent_id?: string | null;
            /** Event Types */
            event_types?: string[] | null;
            /**
             * Kind
             * @default generic
             * @enum {string}
             */
            kind?: "generic" | "openclaw";
            /**
             * Token
             * @description openclaw only: the gateway's hooks token, sent as its bearer token.
             */
            token?: string | null;
            /**
             * Url
             * Format: uri
             */
            url: string;
        };
        /** WebhookCreated */
        WebhookCreated: {
            /** Active */
            active: boolean;
            /** Agent Id */
            agent_id: string | null;
            /** Consecutive Failures */
            consecutive_failures: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Disabled At */
            disabled_at: string | null;
            /** Event Types */
            event_types: string[] | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * Secret
             * @description Signs every delivery; shown in this response only.
             */
            secret: string;
            /** Url */
            url: string;
        };
        /** WebhookOut */
        WebhookOut: {
            /** Active */
            active: boolean;
            /** Agent Id */
            agent_id: string | null;
            /** Consecutive Failures */
            consecutive_failures: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Disabled At */
            disabled_at: string | null;
            /** Event Types */
            event_types: string[] | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Url */
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    agents_me_api_v1_agents_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMe"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    login_api_v1_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logout_api_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logout_all_api_v1_auth_logout_all_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    oidc_callback_api_v1_auth_oidc__provider__callback_get: {
        parameters: {
            query?: {
                code?: string | null;
                error?: string | null;
                state?: string | null;
            };
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    oidc_login_api_v1_auth_oidc__provider__login_get: {
        parameters: {
            query?: {
                next?: string | null;
            };
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_providers_api_v1_auth_providers_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOut"][];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signup_api_v1_auth_signup_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accept_invitation_api_v1_invitations__token__accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InvitationAccept"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitation"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    meta_api_v1_meta_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meta"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_orgs_api_v1_orgs_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_OrgOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_org_api_v1_orgs_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_org_api_v1_orgs__org_slug__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_org_api_v1_orgs__org_slug__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_org_api_v1_orgs__org_slug__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_agents_api_v1_orgs__org_slug__agents_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AgentOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_agent_api_v1_orgs__org_slug__agents_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_agent_api_v1_orgs__org_slug__agents__agent_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_agent_api_v1_orgs__org_slug__agents__agent_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_agent_api_v1_orgs__org_slug__agents__agent_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    heartbeat_api_v1_orgs__org_slug__agents__agent_id__heartbeat_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Heartbeat"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_keys_api_v1_orgs__org_slug__agents__agent_id__keys_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_KeyOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_key_api_v1_orgs__org_slug__agents__agent_id__keys_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCreated"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revoke_key_api_v1_orgs__org_slug__agents__agent_id__keys__key_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent_id: string;
                key_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_approvals_api_v1_orgs__org_slug__approvals_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                status?: ("pending" | "approved" | "rejected") | null;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ApprovalOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    approve_api_v1_orgs__org_slug__approvals__approval_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reject_api_v1_orgs__org_slug__approvals__approval_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approval_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_channels_api_v1_orgs__org_slug__channels_get: {
        parameters: {
            query?: {
                archived?: boolean;
                cursor?: string | null;
                joined?: boolean;
                limit?: number;
                project?: string | null;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ChannelOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_channel_api_v1_orgs__org_slug__channels_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_channel_api_v1_orgs__org_slug__channels__channel_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    archive_channel_api_v1_orgs__org_slug__channels__channel_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_channel_api_v1_orgs__org_slug__channels__channel_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_members_api_v1_orgs__org_slug__channels__channel_id__members_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ChannelMemberOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_member_api_v1_orgs__org_slug__channels__channel_id__members_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChannelMemberAdd"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    remove_member_api_v1_orgs__org_slug__channels__channel_id__members_delete: {
        parameters: {
            query?: {
                agent_id?: string | null;
                user_id?: string | null;
            };
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_messages_api_v1_orgs__org_slug__channels__channel_id__messages_get: {
        parameters: {
            query?: {
                /** @description Open this message in context. */
                around?: string | null;
                cursor?: string | null;
                /** @description First page only: from the newest back (older) or the oldest on. */
                direction?: "older" | "newer";
                limit?: number;
                /** @description The replies to this message. */
                thread?: string | null;
            };
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    post_message_api_v1_orgs__org_slug__channels__channel_id__messages_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mark_read_api_v1_orgs__org_slug__channels__channel_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkRead"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadPosition"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_events_api_v1_orgs__org_slug__events_get: {
        parameters: {
            query?: {
                actor_id?: string | null;
                cursor?: string | null;
                entity_id?: string | null;
                entity_type?: string | null;
                limit?: number;
                order?: "asc" | "desc";
                project_id?: string | null;
                since?: string | null;
                /** @description Event types; `task.*` matches a domain. */
                type?: string[] | null;
                until?: string | null;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_EventOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    stream_events_api_v1_orgs__org_slug__events_stream_get: {
        parameters: {
            query?: {
                actor_id?: string | null;
                entity_id?: string | null;
                entity_type?: string | null;
                /** @description Resume after this event id (or send Last-Event-ID). */
                last_event_id?: string | null;
                project_id?: string | null;
                since?: string | null;
                /** @description Event types; `task.*` matches a domain. */
                type?: string[] | null;
                until?: string | null;
            };
            header?: {
                "Last-Event-ID"?: string | null;
            };
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_exports_api_v1_orgs__org_slug__exports_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ExportOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    request_export_api_v1_orgs__org_slug__exports_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_export_api_v1_orgs__org_slug__exports__export_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                export_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    download_export_api_v1_orgs__org_slug__exports__export_id__download_get: {
        parameters: {
            query?: never;
            header?: {
                "if-range"?: string | null;
                /** @description One byte range, to resume. */
                range?: string | null;
            };
            path: {
                export_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zip file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": unknown;
                };
            };
            /** @description The requested range. */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": unknown;
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_invitations_api_v1_orgs__org_slug__invitations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_InvitationOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_invitation_api_v1_orgs__org_slug__invitations__invitation_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_members_api_v1_orgs__org_slug__members_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MemberOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_member_api_v1_orgs__org_slug__members_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationCreated"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    remove_member_api_v1_orgs__org_slug__members__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_member_api_v1_orgs__org_slug__members__user_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_message_api_v1_orgs__org_slug__messages__message_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    edit_message_api_v1_orgs__org_slug__messages__message_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_notifications_api_v1_orgs__org_slug__notifications_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                unread?: boolean;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_NotificationOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_one_api_v1_orgs__org_slug__notifications__notification_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: number;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_all_api_v1_orgs__org_slug__notifications_read_all_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllResult"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unread_count_api_v1_orgs__org_slug__notifications_unread_count_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_projects_api_v1_orgs__org_slug__projects_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                include_archived?: boolean;
                limit?: number;
                stage?: ("proposed" | "planning" | "active" | "review" | "done" | "archived") | null;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProjectOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_project_api_v1_orgs__org_slug__projects_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_project_api_v1_orgs__org_slug__projects__key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    archive_project_api_v1_orgs__org_slug__projects__key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_project_api_v1_orgs__org_slug__projects__key__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    move_project_api_v1_orgs__org_slug__projects__key__move_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_project_tasks_api_v1_orgs__org_slug__projects__key__tasks_get: {
        parameters: {
            query?: {
                /** @description An id, `me` or `none`. */
                assignee?: string | null;
                cursor?: string | null;
                /** @description Archived tasks too. */
                include_archived?: boolean;
                label?: string | null;
                limit?: number;
                /** @description Text in the title. */
                q?: string | null;
                /** @description One or more statuses, comma-separated. */
                status?: string | null;
            };
            header?: never;
            path: {
                key: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaskOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_task_api_v1_orgs__org_slug__projects__key__tasks_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    search_org_api_v1_orgs__org_slug__search_get: {
        parameters: {
            query: {
                cursor?: string | null;
                limit?: number;
                /** @description Only this project (a key). */
                project?: string | null;
                /** @description Web search syntax: words, "quoted phrases", -excluded, OR; the last word also matches as a prefix; a task ref (`MC-42`) finds that task. */
                q: string;
                /** @description Kinds, comma-separated: project, task, message. */
                types?: string | null;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SearchHit_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_subagents_api_v1_orgs__org_slug__sub_agents_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                status?: ("active" | "completed" | "expired" | "revoked") | null;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SubAgentOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    spawn_api_v1_orgs__org_slug__sub_agents_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubAgentSpawn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubAgentSpawned"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_subagent_api_v1_orgs__org_slug__sub_agents__subagent_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                subagent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubAgentOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    complete_api_v1_orgs__org_slug__sub_agents__subagent_id__complete_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                subagent_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubAgentEnd"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubAgentOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revoke_api_v1_orgs__org_slug__sub_agents__subagent_id__revoke_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                subagent_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubAgentEnd"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubAgentOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_subscriptions_api_v1_orgs__org_slug__subscriptions_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SubscriptionOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_subscription_api_v1_orgs__org_slug__subscriptions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_subscription_api_v1_orgs__org_slug__subscriptions__subscription_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_org_tasks_api_v1_orgs__org_slug__tasks_get: {
        parameters: {
            query?: {
                /** @description An id, `me` or `none`. */
                assignee?: string | null;
                cursor?: string | null;
                /** @description Archived tasks too. */
                include_archived?: boolean;
                label?: string | null;
                limit?: number;
                /** @description A project key. */
                project?: string | null;
                /** @description Text in the title. */
                q?: string | null;
                /** @description One or more statuses, comma-separated. */
                status?: string | null;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaskOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_task_api_v1_orgs__org_slug__tasks__task__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_task_api_v1_orgs__org_slug__tasks__task__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The task version, plain or quoted. */
                "if-match"?: string | null;
            };
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    archive_task_api_v1_orgs__org_slug__tasks__task__archive_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    claim_task_api_v1_orgs__org_slug__tasks__task__claim_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_comments_api_v1_orgs__org_slug__tasks__task__comments_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                /** @description First page only: from the newest back (older) or the oldest on. */
                direction?: "older" | "newer";
                limit?: number;
            };
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    post_comment_api_v1_orgs__org_slug__tasks__task__comments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_dependencies_api_v1_orgs__org_slug__tasks__task__dependencies_get: {
        parameters: {
            query?: {
                direction?: "depends_on" | "dependants";
            };
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaskOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_dependency_api_v1_orgs__org_slug__tasks__task__dependencies_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DependencyCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DependencyOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    remove_dependency_api_v1_orgs__org_slug__tasks__task__dependencies__other__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                other: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    move_task_api_v1_orgs__org_slug__tasks__task__move_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Done needs approval: the task waits in review. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    release_task_api_v1_orgs__org_slug__tasks__task__release_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TaskRelease"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    restore_task_api_v1_orgs__org_slug__tasks__task__restore_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    transition_task_api_v1_orgs__org_slug__tasks__task__transition_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The task version, plain or quoted. */
                "if-match"?: string | null;
            };
            path: {
                org_slug: string;
                task: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTransition"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Done needs approval: the task waits in review. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    claim_next_api_v1_orgs__org_slug__tasks_claim_next_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClaimNext"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description No task is available. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_webhooks_api_v1_orgs__org_slug__webhooks_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_WebhookOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_webhook_api_v1_orgs__org_slug__webhooks_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_webhook_api_v1_orgs__org_slug__webhooks__webhook_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_deliveries_api_v1_orgs__org_slug__webhooks__webhook_id__deliveries_get: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                org_slug: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeliveryOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    redeliver_api_v1_orgs__org_slug__webhooks__webhook_id__deliveries__delivery_id__redeliver_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: string;
                org_slug: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ping_webhook_api_v1_orgs__org_slug__webhooks__webhook_id__ping_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryOut"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    issue_ticket_api_v1_orgs__org_slug__ws_ticket_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_me_api_v1_users_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_me_api_v1_users_me_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_tokens_api_v1_users_me_tokens_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TokenOut_"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_token_api_v1_users_me_tokens_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenCreated"];
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revoke_token_api_v1_users_me_tokens__token_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    health_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ready_ready_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad request: malformed JSON, a bad cursor, filter or header. Codes: `bad_request`, `conflicting_expected_version`, `empty_query`, `invalid_cursor`, `invalid_filter`, `invalid_idempotency_key`, `invalid_if_match`, `invalid_last_event_id`, `invalid_types`, `malformed_json`, `oidc_state`, `unknown_profile`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not authenticated: no credential, or a revoked, expired or unknown one. Codes: `bearer_required`, `invalid_credentials`, `invalid_ticket`, `key_expired`, `key_revoked`, `oidc_failed`, `org_key_required`, `session_expired`, `session_invalid`, `unauthorized`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden: the role or the key's scopes do not allow this. Codes: `account_scope_required`, `csrf_failed`, `depth_exceeded`, `forbidden`, `insufficient_role`, `insufficient_scope`, `no_account`, `not_a_user`, `not_an_agent`, `not_an_approver`, `not_channel_moderator`, `not_holder`, `not_message_author`, `origin_not_allowed`, `own_request`, `private_channel`, `project_limited`, `scope_exceeds_parent`, `signup_closed`, `single_tenant`, `spawn_not_allowed`, `wider_than_maker`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (another org's objects are always 404). Codes: `agent_not_found`, `approval_not_found`, `channel_not_found`, `delivery_not_found`, `dependency_not_found`, `export_not_found`, `invitation_not_found`, `key_not_found`, `member_not_found`, `message_not_found`, `not_found`, `notification_not_found`, `oidc_provider_not_found`, `org_not_found`, `project_not_found`, `subagent_not_found`, `subscription_not_found`, `target_not_found`, `task_not_found`, `token_not_found`, `user_not_found`, `webhook_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (a stale version, a forbidden transition, ...). Codes: `agent_name_taken`, `already_invited`, `already_member`, `approval_decided`, `channel_archived`, `channel_name_taken`, `conflict`, `dependencies_open`, `email_taken`, `export_not_ready`, `invitation_accepted`, `last_owner`, `message_deleted`, `not_a_member`, `oidc_link_raced`, `project_archived`, `project_key_taken`, `slug_taken`, `subagent_ended`, `task_already_claimed`, `task_archived`, `task_channel`, `task_not_claimable`, `transition_not_allowed`, `version_conflict`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Gone. Codes: `export_expired`, `gone`, `invitation_expired`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is too large. Codes: `message_too_large`, `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body or a parameter does not validate. Codes: `assignee_not_found`, `bad_neighbour`, `bad_parent`, `cross_project_anchor`, `dependency_cycle`, `destination_refused`, `expiry_in_past`, `idempotency_key_reused`, `invalid_characters`, `invalid_member`, `invalid_task_ref`, `member_not_found`, `neighbour_not_found`, `owner_required`, `parent_required`, `password_required`, `scopes_required`, `validation_error`, `wrong_current_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers). Codes: `rate_limited`, `too_many_streams`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
